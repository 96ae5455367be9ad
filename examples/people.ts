interface Person {
  name: string;
  age: number;
}

const people: Person[] = [
  { name: 'Alice', age: 25 },
  { name: 'Bob', age: 30 },
  { name: 'Charlie', age: 35 }
];

const averageAge = people.reduce((sum, person) => sum + person.age, 0) / people.length;
console.log(`Average age: ${averageAge}`);
