let s = 0;
for (let i = 0; i < 100_000_000; i++) s += i % 5; // line 2: child's hot line
console.log('child done', s > 0);
