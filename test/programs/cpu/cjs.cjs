let s = 0;
for (let i = 0; i < 80_000_000; i++) s += i % 3; // line 2
module.exports = s;
