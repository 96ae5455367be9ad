// Adding a language is one module: Perl, defined in this file as a Language
// and passed to defineLanguage (what src/languages/index.ts does for the
// built-in ones, one line each), is planned from ```perl blocks and from a
// check's `.pl` file, run in real bubblewrap, and judged; with a session
// driver of its own its blocks share one interpreter — with nothing else in
// the tree knowing it exists.
import { describe, expect, it } from 'vitest';

import { defineLanguage, findLanguage, getLanguage, knownLanguages, languageForFile, type Language } from '../../src/languages/index.js';
import { shellQuote } from '../../src/trust/shell.js';
import { md, planSnippets, runMarkdown, tempDir, text } from '../snippets/helpers.js';
import { runChecks } from '../../src/engine/run.js';
import { testLogDir } from '../helpers.js';

/**
 * Perl's session driver: each block is `do FILE` in package main, so later
 * blocks see the package variables earlier ones set; markers as
 * src/languages/language.ts (SessionSupport) describes them.
 */
const PERL_DRIVER = String.raw`use strict;
use warnings;
use JSON::PP;
use Time::HiRes qw(time);
$| = 1;
my $spec_file = '.sandbox-checks/session.json';
open(my $fh, '<', $spec_file) or die "no session: $!";
my $spec = decode_json(do { local $/; <$fh> });
close $fh;
unlink $spec_file;
my $m = $spec->{marker};
my $i = 0;
for my $b (@{ $spec->{blocks} }) {
  syswrite STDOUT, "\@\@SC:$m:B:$i\@\@
";
  my $t = time;
  my $code = 0;
  if ($b->{noRun}) {
    $code = system('perl', '-c', $b->{path}) == 0 ? 0 : 1;
  } else {
    package main;
    do "./$b->{path}";
    if ($@) { print STDERR $@; $code = 1 }
  }
  my $ms = int((time - $t) * 1000);
  syswrite STDOUT, "\@\@SC:$m:E:$i:$code:$ms\@\@
";
  syswrite STDERR, "\@\@SC:$m:E:$i\@\@
";
  my $w = $b->{want};
  exit 0 if ($w eq 'nonzero' ? $code == 0 : $code != $w);
  $i++;
}
`;

const perl: Language = {
  id: 'perl',
  label: 'Perl',
  aliases: ['pl'],
  extensions: ['.pl'],
  fileName: 'main.pl',
  tools: ['perl'],
  debian: { perl: 'perl' },
  check: (e) => `perl -c ${shellQuote(e)}`,
  run: (e) => `perl ${shellQuote(e)}`,
  session: { blockExtension: 'pl', driverFile: 'driver.pl', driver: () => PERL_DRIVER },
};

/** A language whose program no machine has: the provider must say which package brings it. */
const nowhere: Language = {
  id: 'nowhere-lang',
  label: 'Nowhere',
  aliases: [],
  extensions: ['.nowhere'],
  fileName: 'main.nowhere',
  tools: ['sandbox-checks-no-such-tool'],
  debian: { 'sandbox-checks-no-such-tool': 'sandbox-checks-no-such-package' },
  run: (e) => `sandbox-checks-no-such-tool ${shellQuote(e)}`,
};

defineLanguage(perl);
defineLanguage(nowhere);

describe('a language defined outside src/languages', () => {
  it('is known by id, alias and extension, after the built-in ones', () => {
    expect(getLanguage('perl')).toBe(perl);
    expect(findLanguage('PL')).toBe(perl);
    expect(languageForFile('tools/report.pl')).toBe(perl);
    expect(knownLanguages()).toMatch(/bash \(sh, shell, zsh\), perl \(pl\)/);
  });

  it('may not take a name or an extension another language has', () => {
    expect(() => defineLanguage({ ...perl, id: 'perl5', aliases: ['py'], extensions: ['.pl5'] })).toThrow(/py already belongs to another language/);
    expect(() => defineLanguage({ ...perl, id: 'perl6', aliases: [], extensions: ['.py'] })).toThrow(/\.py already belongs/);
    expect(findLanguage('perl5')).toBeUndefined();
  });

  it('its Markdown blocks are planned, run in bubblewrap and judged: a passing block passes, a failing one fails at its Markdown line', async () => {
    const doc = md(
      '# Perl', //                                        1
      '', //                                              2
      '```perl', //                                       3
      'my @xs = (1, 2, 3);', //                           4
      'my $sum = 0; $sum += $_ for @xs;', //              5
      'print "sum $sum\\n";', //                          6
      'open(my $f, "<", "/etc/shadow") and print "read shadow\\n";', // 7
      '```', //                                           8
      '', //                                              9
      '```pl', //                                         10
      'print "before\\n";', //                            11
      'die "the total is wrong";', //                     12
      '```', //                                           13
      '', //                                              14
      '```perl should_fail', //                           15
      'exit 3;', //                                       16
      '```', //                                           17
      '', //                                              18
      '```perl no_run', //                                19
      'print "never printed\\n"; sub f {', //             20
      '```', //                                           21
    );
    const { outcomes, byLine, plan } = await runMarkdown(doc);
    expect(plan.checks.map((c) => [c.language, c.entry])).toEqual([
      ['perl', 'main.pl'],
      ['perl', 'main.pl'],
      ['perl', 'main.pl'],
      ['perl', 'main.pl'],
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['passed', 'failed', 'passed', 'failed']);
    expect(text(byLine(3))).toBe('sum 6\n');
    const failed = byLine(10);
    expect(failed).toMatchObject({ status: 'failed', reason: 'exit_code', exitCode: 255 });
    expect(text(failed)).toBe('before\n');
    // The program's lines are the Markdown's, and its file is named as the document.
    expect(text(failed, 'stderr')).toBe('the total is wrong at README.md line 12.\n');
    expect(byLine(15)).toMatchObject({ status: 'passed', exitCode: 3 });
    // no_run: only `perl -c`, which finds the missing brace.
    expect(byLine(19)).toMatchObject({ status: 'failed' });
    expect(text(byLine(19), 'stderr')).toMatch(/Missing right curly/);
    expect(text(byLine(19))).toBe('');
  });

  it('its blocks share a session through its own driver: state carries over, a failure skips the rest', async () => {
    const doc = md(
      '```perl session=p', //           1
      '$total = 40;', //                2
      '```', //                         3
      '```perl session=p', //           4
      '$total += 2; print "$total\\n";', // 5
      '```', //                         6
      '```perl session=p', //           7
      'die "stop at $total\\n";', //   8
      '```', //                         9
      '```perl session=p', //           10
      'print "never\\n";', //          11
      '```', //                         12
    );
    const { outcomes } = await runMarkdown(doc);
    expect(outcomes.map((o) => [o.line, o.status, text(o), text(o, 'stderr')])).toEqual([
      [1, 'passed', '', ''],
      [4, 'passed', '42\n', ''],
      [7, 'failed', '', 'stop at 42\n'],
      [10, 'skipped', '', ''],
    ]);
  });

  it('a check in the configuration finds it by the file extension', async () => {
    const dir = tempDir({ 'tools/hello.pl': 'print "hello from ", $0, "\\n"; exit 0;\n', 'README.md': '' });
    const plan = await planSnippets(dir, { paths: ['README.md'] }, {}, { check: [{ name: 'hello', file: 'tools/hello.pl' }] });
    expect(plan.checks.map((c) => [c.name, c.language])).toEqual([['hello', 'perl']]);
    const [o] = (await runChecks({ ...plan, logDir: testLogDir() })).outcomes;
    expect(o).toMatchObject({ status: 'passed' });
    expect(text(o!)).toMatch(/^hello from .*hello\.pl\n$/);
  });

  it('a missing program of such a language ends its check as an error naming the package to install', async () => {
    const { outcomes } = await runMarkdown(md('```nowhere-lang', 'anything', '```'));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'error' });
    expect(outcomes[0]!.message).toMatch(/sandbox-checks-no-such-tool is not available .*Nowhere checks need it.*apt-get install -y sandbox-checks-no-such-package/);
  });
});
