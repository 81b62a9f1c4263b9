import fc from 'fast-check';

import { foldText, transliterateCyrillic } from '../../src/shared/fold';

describe('transliterateCyrillic', () => {
  it.each([
    ['члан', 'član'],
    ['Кривични законик', 'Krivični zakonik'],
    ['Љубљана', 'Ljubljana'],
    ['њива', 'njiva'],
    ['џеп', 'džep'],
    ['Ђаковица', 'Đakovica'],
    ['ћерка', 'ćerka'],
    ['шума', 'šuma'],
    ['жена', 'žena'],
    ['Приштина', 'Priština'],
    ['Пећ', 'Peć'],
    ['Уредба 2001/4', 'Uredba 2001/4'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterateCyrillic(cyrillic)).toBe(latin);
  });

  it('leaves Latin text, digits and letters Serbian does not use alone', () => {
    expect(transliterateCyrillic('Kodi Penal 04/L-082')).toBe('Kodi Penal 04/L-082');
    expect(transliterateCyrillic('щ й')).toBe('щ й');
  });
});

describe('foldText', () => {
  it.each([
    ['Krivični zakonik', 'krivicni zakonik'],
    ['Кривични законик', 'krivicni zakonik'],
    ['Kodi Penal i Republikës së Kosovës', 'kodi penal i republikes se kosoves'],
    ['Gjykata Themelore në Prishtinë', 'gjykata themelore ne prishtine'],
    ['Ferizaj / Uroševac', 'ferizaj / urosevac'],
    ['Ćuprija', 'cuprija'],
    ['ČLAN', 'clan'],
    ['Đakovica', 'djakovica'],
    ['Ђаковица', 'djakovica'],
    ['Džakovica', 'dzakovica'],
    ['Џаковица', 'dzakovica'],
    ['Љиљана', 'ljiljana'],
    ['Gjilan, Gnjilane', 'gjilan, gnjilane'],
    ['Çeliku', 'celiku'],
    ['Ѐ ѐ й Ё', 'e e i e'],
    ['  PCCK\t Art.\n139  ', 'pcck art. 139'],
    ['\u00a0Basic\u2003Court\u00a0', 'basic court'],
    ['', ''],
  ])('%j → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds precomposed and decomposed diacritics alike', () => {
    expect(foldText('e\u0308 c\u030c')).toBe(foldText('ë č'));
    expect(foldText('ë č')).toBe('e c');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const folded = foldText(text);
        expect(foldText(folded)).toBe(folded);
      }),
      { numRuns: 2000 },
    );
  });

  it('never leaves Serbian Cyrillic, uppercase ASCII or runs of whitespace', () => {
    const serbianText = fc.string({
      unit: fc.constantFrom(...'абвгдђежзијклљмнњопрстћуфхцчџшАБЂЖЉЊЋЧЏШ ČĆŠŽĐčćšžđëçËÇ \tAZaz09'.split('')),
    });
    fc.assert(
      fc.property(serbianText, (text) => {
        expect(foldText(text)).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
    );
  });
});
