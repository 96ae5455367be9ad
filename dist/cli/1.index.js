export const id = 1;
export const ids = [1];
export const modules = {

/***/ 3001:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.E2BProvider = void 0;
// Placeholder until the E2B provider lands; keeps the factory's import valid.
const provider_js_1 = __webpack_require__(9545);
class E2BProvider {
    settings;
    name = 'e2b';
    constructor(settings) {
        this.settings = settings;
    }
    async probe() {
        throw new provider_js_1.SandboxUnavailableError('the E2B provider is not available in this build.', 'Use --provider local.');
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
exports.E2BProvider = E2BProvider;


/***/ })

};
