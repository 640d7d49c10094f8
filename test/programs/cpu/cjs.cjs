let s = 0; const end = Date.now() + 300;
while (Date.now() < end) for (let i = 0; i < 1e5; i++) s += i % 3; // line 2
module.exports = s;
