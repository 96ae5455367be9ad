const fs = require('fs');
fs.writeFileSync('output.txt', 'Hello, world!');
console.log(fs.readFileSync('output.txt', 'utf8'));
