// Java: javac compiles into .bin, java runs the class named like the file
// (the file is named after the public class); fragments run as jshell would
// (java-fragment.ts).

import path from 'node:path';

import { defineLanguage } from './catalog.js';
import { sh, stem } from './commands.js';
import { fragmentShape } from './fragments.js';
import { JAVA_RULES } from './java-fragment.js';

export const java = defineLanguage({
  id: 'java',
  label: 'Java',
  aliases: [],
  extensions: ['.java'],
  fileName: 'Main.java',
  fileNameFor: (src) => /^\s*public\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_$][\w$]*)/m.exec(src)?.[1]?.concat('.java'),
  tools: ['java', 'javac'],
  debian: { java: 'default-jdk-headless', javac: 'default-jdk-headless' },
  etc: ['java-17-openjdk', 'java-21-openjdk', 'java-11-openjdk', 'java-25-openjdk'],
  compile: (e) => `mkdir -p .bin && javac -J-XX:+UseSerialGC -J-XX:TieredStopAtLevel=1 -d .bin ${sh(e)}`,
  check: (e) => `mkdir -p .bin && javac -J-XX:+UseSerialGC -J-XX:TieredStopAtLevel=1 -d .bin ${sh(e)}`,
  // The JVM cannot see the sandbox's memory limit (no /sys inside), so it is
  // told with MaxRAM and sizes its heap to fit instead of being OOM-killed.
  run: (e, ctx) => `java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxRAM=${ctx.memoryBytes} -cp .bin:. ${sh(path.basename(stem(e)))}`,
  // `#` starts no directive in Java.
  snippets: { shape: (i) => fragmentShape(i, JAVA_RULES, { hashLines: false }) },
});
