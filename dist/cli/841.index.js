export const id = 841;
export const ids = [841];
export const modules = {

/***/ 2841:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addSnippetChecks = addSnippetChecks;
// Markdown snippet checks: filled in by the snippet feature.
const errors_js_1 = __webpack_require__(7827);
async function addSnippetChecks(_plan, config) {
    throw new errors_js_1.ConfigError([{ source: config.source, key: 'snippets', message: 'snippet checks are not available yet' }]);
}


/***/ })

};
