// Gives ajv-cli the `partial-date` format the demine schemas use, so that it checks the
// same files against the same schemas in the benchmark.
module.exports = function addFormats(ajv) {
  ajv.addFormat('partial-date', /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/);
  return ajv;
};
