let s = 0; const end = Date.now() + 500;
while (Date.now() < end) for (let i = 0; i < 1e5; i++) s += i % 3; // line 2: the worker's hot line
console.log('worker done', s > 0);
