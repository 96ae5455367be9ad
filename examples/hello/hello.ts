const greeting: string = "hello from typescript";
console.log(greeting);
