let s = 0; const end = Date.now() + 400;
while (Date.now() < end) for (let i = 0; i < 1e5; i++) s += i % 5; // line 2: child's hot line
console.log('child done', s > 0);
