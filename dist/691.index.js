export const id = 691;
export const ids = [691];
export const modules = {

/***/ 691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLayerCacheOp: () => (/* binding */ runLayerCacheOp)
/* harmony export */ });
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33175);
// The child process of layer-cache.ts: one restore or save of one package
// layer through @actions/cache, which is loaded here and nowhere else (its
// own bundle chunk: a run without packages never parses it). It runs inside
// bubblewrap with an env of its own (GITHUB_WORKSPACE, RUNNER_TEMP); the
// library logs its own failures as workflow commands, which the parent reads.

/** Runs the request in the env; returns the exit code. */
async function runLayerCacheOp(env = process.env) {
    const req = JSON.parse(env[_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LAYER_CACHE_OP */ .r_] ?? '{}');
    const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 64305));
    if (req.op === 'restore') {
        // No restore keys: only this exact key may be restored.
        const hit = await cache.restoreCache([req.path], req.key, []);
        if (hit === undefined)
            return _state_js__WEBPACK_IMPORTED_MODULE_0__/* .CHILD_MISS */ .Yq;
        return hit === req.key ? _state_js__WEBPACK_IMPORTED_MODULE_0__/* .CHILD_HIT */ .h9 : _state_js__WEBPACK_IMPORTED_MODULE_0__/* .CHILD_OTHER_KEY */ ._w;
    }
    if (req.op === 'save') {
        // -1: not saved (the library logged why).
        return (await cache.saveCache([req.path], req.key)) > 0 ? _state_js__WEBPACK_IMPORTED_MODULE_0__/* .CHILD_HIT */ .h9 : _state_js__WEBPACK_IMPORTED_MODULE_0__/* .CHILD_MISS */ .Yq;
    }
    process.stdout.write(`::error::unknown cache step ${JSON.stringify(req.op)}\n`);
    return 2;
}


/***/ })

};
