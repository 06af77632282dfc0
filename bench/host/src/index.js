// Strapi loads the app's register/bootstrap from here; the bench runs under tsx, so TypeScript resolves.
module.exports = require('./bench-mode.ts');
