let s = 0;
for (let i = 0; i < 150_000_000; i++) s += i % 3; // line 2: the worker's hot line
console.log('worker done', s > 0);
