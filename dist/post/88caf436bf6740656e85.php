<?php
// The session driver for PHP (src/languages/php.ts): each block is included at
// global scope, so later blocks see earlier ones' variables and functions, and
// the markers the engine splits the output at are printed around it
// (src/languages/language.ts, SessionSupport). Every name it keeps lives in
// one global array so the blocks' own variables are left alone.
$__sandbox_checks = json_decode(file_get_contents(__DIR__ . '/session.json'), true);
@unlink(__DIR__ . '/session.json');
$__sandbox_checks['root'] = getcwd();
foreach ($__sandbox_checks['blocks'] as $__sandbox_checks['i'] => $__sandbox_checks['b']) {
    fwrite(STDOUT, '@@SC:' . $__sandbox_checks['marker'] . ':B:' . $__sandbox_checks['i'] . "@@\n");
    $__sandbox_checks['t'] = microtime(true);
    $__sandbox_checks['code'] = 0;
    try {
        $__sandbox_checks['file'] = $__sandbox_checks['root'] . '/' . $__sandbox_checks['b']['path'];
        if ($__sandbox_checks['b']['noRun']) {
            token_get_all(file_get_contents($__sandbox_checks['file']), TOKEN_PARSE);
        } else {
            include $__sandbox_checks['file'];
        }
    } catch (\Throwable $__sandbox_checks_e) {
        fwrite(STDERR, 'PHP Fatal error:  Uncaught ' . $__sandbox_checks_e . "\n");
        $__sandbox_checks['code'] = 255;
    }
    while (ob_get_level() > 0) { ob_end_flush(); }
    flush();
    fwrite(STDOUT, '@@SC:' . $__sandbox_checks['marker'] . ':E:' . $__sandbox_checks['i'] . ':' . $__sandbox_checks['code'] . ':' . (int) round((microtime(true) - $__sandbox_checks['t']) * 1000) . "@@\n");
    fwrite(STDERR, '@@SC:' . $__sandbox_checks['marker'] . ':E:' . $__sandbox_checks['i'] . "@@\n");
    $__sandbox_checks['w'] = $__sandbox_checks['b']['want'];
    if ($__sandbox_checks['w'] === 'nonzero' ? $__sandbox_checks['code'] === 0 : $__sandbox_checks['code'] !== $__sandbox_checks['w']) {
        exit(0);
    }
}
