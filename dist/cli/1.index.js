export const id = 1;
export const ids = [1];
export const modules = {

/***/ 3001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2BProvider: () => (/* binding */ E2BProvider)
/* harmony export */ });
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9545);
// Placeholder until the E2B provider lands; keeps the factory's import valid.

class E2BProvider {
    settings;
    name = 'e2b';
    constructor(settings) {
        this.settings = settings;
    }
    async probe() {
        throw new _provider_js__WEBPACK_IMPORTED_MODULE_0__/* .SandboxUnavailableError */ .M('the E2B provider is not available in this build.', 'Use --provider local.');
    }
    async missingTools() {
        return [];
    }
    toolHint() {
        return '';
    }
    async create() {
        await this.probe();
        throw new Error('unreachable');
    }
    async doctor() {
        return [];
    }
    async destroyAll() { }
}


/***/ })

};
