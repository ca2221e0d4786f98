import { passwordProblems } from '../../electron/sandbox/password';

describe("Zoom's password rules on the activation page", () => {
  it('accepts a password that follows every rule', () => {
    expect(passwordProblems('Riverside42')).toEqual([]);
    expect(passwordProblems('aB3aB3aB')).toEqual([]);
  });

  it.each([
    ['Ab1', 'Use 8 to 32 characters.'],
    [`Ab1${'x'.repeat(30)}`, 'Use 8 to 32 characters.'],
    ['Abcdefgh', 'Use at least one letter and at least one number.'],
    ['12345678', 'Use at least one letter and at least one number.'],
    ['riverside42', 'Use both upper case and lower case letters.'],
    ['11111111', 'Do not use only one character over and over (like 11111111).'],
    ['Xy123456', 'Do not use characters in a row, like 123456 or abcdef.'],
    ['Abcdefg9', 'Do not use characters in a row, like 123456 or abcdef.'],
    ['Zy987654', 'Do not use characters in a row, like 123456 or abcdef.'],
  ])('explains what is wrong with %s', (password, problem) => {
    expect(passwordProblems(password)).toContain(problem);
  });
});
