export const id = 841;
export const ids = [841];
export const modules = {

/***/ 2841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addSnippetChecks: () => (/* binding */ addSnippetChecks)
/* harmony export */ });
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);
// Markdown snippet checks: filled in by the snippet feature.

async function addSnippetChecks(_plan, config) {
    throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ source: config.source, key: 'snippets', message: 'snippet checks are not available yet' }]);
}


/***/ })

};
