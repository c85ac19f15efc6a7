import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locale.js';
import { parseTemplate, renderTemplate, templateReferences, TemplateSyntaxError } from '../../src/i18n/template.js';

function render(template: string, context: object, locale: Locale = 'vi'): string {
  return renderTemplate(parseTemplate(template), context, locale);
}

describe('parseTemplate', () => {
  it('splits text, values and sections into nodes', () => {
    expect(parseTemplate('Có {{n}} dòng: {{#lines}}{{.}}{{/lines}} từ {{start|date}}.')).toEqual([
      { kind: 'text', text: 'Có ' },
      { kind: 'value', path: 'n' },
      { kind: 'text', text: ' dòng: ' },
      { kind: 'section', path: 'lines', mode: 'each', children: [{ kind: 'value', path: '.' }] },
      { kind: 'text', text: ' từ ' },
      { kind: 'value', path: 'start', formatter: 'date' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('knows the three section modes', () => {
    expect(parseTemplate('{{#a}}x{{/a}}{{?b}}y{{/b}}{{^c}}z{{/c}}')).toEqual([
      { kind: 'section', path: 'a', mode: 'each', children: [{ kind: 'text', text: 'x' }] },
      { kind: 'section', path: 'b', mode: 'if', children: [{ kind: 'text', text: 'y' }] },
      { kind: 'section', path: 'c', mode: 'unless', children: [{ kind: 'text', text: 'z' }] },
    ]);
  });

  it('allows spaces inside a tag', () => {
    expect(parseTemplate('{{ a.b | vnd }}')).toEqual([{ kind: 'value', path: 'a.b', formatter: 'vnd' }]);
  });

  it('returns plain text as one text node, and nothing for the empty string', () => {
    expect(parseTemplate('no placeholders')).toEqual([{ kind: 'text', text: 'no placeholders' }]);
    expect(parseTemplate('')).toEqual([]);
  });

  it.each([
    ['an unclosed section', '{{#lines}}x', /never closed/],
    ['an unclosed nested section', '{{#a}}{{?b}}x{{/a}}', /closes a section that is not open/],
    ['a closing tag for another section', '{{#a}}x{{/b}}', /"\{\{\/b\}\}" closes a section that is not open/],
    ['a closing tag with nothing open', 'x{{/a}}', /closes a section that is not open/],
    ['an unknown formatter', '{{amount|money}}', /unknown formatter "money"/],
    ['an unknown formatter in a section', '{{#a}}{{x|upper}}{{/a}}', /unknown formatter "upper"/],
    ['a placeholder that is not a path', '{{1abc}}', /invalid placeholder/],
  ])('throws TemplateSyntaxError on %s', (_name, template, message) => {
    expect(() => parseTemplate(template)).toThrow(TemplateSyntaxError);
    expect(() => parseTemplate(template)).toThrow(message);
  });

  it('names the error TemplateSyntaxError', () => {
    try {
      parseTemplate('{{#a}}');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateSyntaxError);
      expect((error as Error).name).toBe('TemplateSyntaxError');
      expect((error as Error).message).toBe('section "{{#a}}" is never closed');
    }
  });

  it('carries its catalogue id and params, so a rule-set problem is worded in the reader’s locale', () => {
    try {
      parseTemplate('{{amount|money}}');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'template.unknownFormatter',
        params: { formatter: 'money', tag: '{{amount|money}}', known: 'date, vnd, label, number, percent, plural' },
      });
    }
  });

  // A placeholder the tag grammar does not recognise is left in the text verbatim and reaches
  // the reader as "{{amount|VND}}"; the rule loader cannot catch it either.
  it('throws TemplateSyntaxError on a malformed placeholder instead of keeping it as text', () => {
    const malformed = ['{{amount|VND}}', '{{amount|date|vnd}}', '{{amount|vnd2}}', '{{first name}}'];
    const accepted = malformed.filter((template) => {
      try {
        parseTemplate(template);
        return true;
      } catch (error) {
        expect(error).toBeInstanceOf(TemplateSyntaxError);
        return false;
      }
    });
    expect(accepted).toEqual([]);
  });
});

describe('renderTemplate: values', () => {
  it.each([
    ['a text', '{{name}}', { name: 'Thái Bình' }, 'Thái Bình'],
    ['a dotted path', '{{a.b.c}}', { a: { b: { c: 'sâu' } } }, 'sâu'],
    ['a path through a list index', '{{lines.1.item}}', { lines: [{ item: 'A' }, { item: 'B' }] }, 'B'],
    ['a number', '{{n}}', { n: 1234567 }, '1.234.567'],
    ['zero', '{{n}}', { n: 0 }, '0'],
    ['the empty string', '[{{s}}]', { s: '' }, '[]'],
    ['true', '{{b}}', { b: true }, 'có'],
    ['false', '{{b}}', { b: false }, 'không'],
  ])('renders %s', (_name, template, context, expected) => {
    expect(render(template, context)).toBe(expected);
  });

  it('renders numbers and booleans in English', () => {
    expect(render('{{n}} {{b}} {{c}}', { n: 1234567.891, b: true, c: false }, 'en')).toBe('1,234,567.89 yes no');
  });

  it.each([
    ['vi', '01/03/2024'],
    ['en', '1 Mar 2024'],
  ] as const)('formats |date in %s', (locale, expected) => {
    expect(render('{{d|date}}', { d: '2024-03-01' }, locale)).toBe(expected);
  });

  it('formats a late-year date without shifting the day', () => {
    expect(render('{{d|date}}', { d: '2023-12-31' }, 'vi')).toBe('31/12/2023');
    expect(render('{{d|date}}', { d: '2023-12-31' }, 'en')).toBe('31 Dec 2023');
  });

  it('shows a string that is not a date as it is', () => {
    expect(render('{{d|date}}', { d: 'sắp tới' })).toBe('sắp tới');
  });

  it.each([
    ['vi', 300000000, '300.000.000 đồng'],
    ['en', 300000000, '300,000,000 VND'],
    ['vi', 0, '0 đồng'],
  ] as const)('formats |vnd in %s: %d', (locale, amount, expected) => {
    expect(render('{{m|vnd}}', { m: amount }, locale)).toBe(expected);
  });

  it.each([
    [0, '0 price quotes'],
    [1, '1 price quote'],
    [2, '2 price quotes'],
    [1500, '1,500 price quotes'],
  ])('formats |plural:singular:plural for %d', (count, expected) => {
    expect(render('{{n|plural:price quote:price quotes}}', { n: count }, 'en')).toBe(expected);
  });

  it('counts a list with |plural', () => {
    expect(render('{{xs|plural:channel:channels}}', { xs: ['radio'] }, 'en')).toBe('1 channel');
  });

  it.each(['{{n|plural}}', '{{n|plural:one}}', '{{n|date:x}}', '{{#n|plural:a:b}}x{{/n}}'])('rejects %s (wrong arguments)', (template) => {
    expect(() => parseTemplate(template)).toThrow(TemplateSyntaxError);
  });

  it('formats |number and |percent', () => {
    expect(render('{{x|number}}', { x: 1234.567 }, 'vi')).toBe('1.234,57');
    expect(render('{{x|percent}}', { x: 0.5 }, 'en')).toBe('50%');
    expect(render('{{x|percent}}', { x: 0.125 }, 'vi')).toBe('12,5%');
  });

  it.each([
    ['completed', 'vi', 'đã hoàn thành'],
    ['completed', 'en', 'completed'],
    ['ministry-agency', 'vi', 'cơ quan khuyến công của Bộ Công Thương'],
    ['provincial-peoples-committee', 'en', "Provincial People's Committee"],
    ['advanced-equipment', 'vi', 'ứng dụng máy móc thiết bị tiên tiến'],
    ['not-a-known-value', 'en', 'not-a-known-value'],
    ['toString', 'vi', 'toString'],
  ] as const)('labels %s in %s with |label', (value, locale, expected) => {
    expect(render('{{v|label}}', { v: value }, locale)).toBe(expected);
  });

  it('joins an array value as a sentence list', () => {
    expect(render('{{xs}}', { xs: ['a', 'b', 'c'] }, 'vi')).toBe('a, b và c');
    expect(render('{{xs}}', { xs: ['a', 'b', 'c'] }, 'en')).toBe('a, b and c');
    expect(render('{{xs}}', { xs: ['a', 'b'] }, 'en')).toBe('a and b');
    expect(render('{{xs}}', { xs: ['a'] }, 'en')).toBe('a');
  });

  it('applies the formatter to each item of an array', () => {
    expect(render('{{xs|label}}', { xs: ['radio', 'television'] }, 'vi')).toBe('phát thanh và truyền hình');
    expect(render('{{xs|date}}', { xs: ['2024-03-01', '2024-04-02'] }, 'en')).toBe('1 Mar 2024 and 2 Apr 2024');
  });

  it.each([
    ['vi', '(chưa có)'],
    ['en', '(not given)'],
  ] as const)('renders a missing value as %s', (locale, missing) => {
    expect(render('{{nothing}}', {}, locale)).toBe(missing);
    expect(render('{{a.b.c}}', { a: { b: {} } }, locale)).toBe(missing);
    expect(render('{{a.b.c}}', { a: 'text' }, locale)).toBe(missing);
    expect(render('{{n}}', { n: null }, locale)).toBe(missing);
    expect(render('{{d|date}}', {}, locale)).toBe(missing);
    expect(render('{{m|vnd}}', {}, locale)).toBe(missing);
  });

  it('gives the length of a list with .length', () => {
    expect(render('{{xs.length}}', { xs: [1, 2, 3] })).toBe('3');
    expect(render('{{xs.length}}', { xs: [] })).toBe('0');
    expect(render('{{a.xs.length}}', { a: { xs: ['x'] } })).toBe('1');
    expect(render('{{xs.length}}', {})).toBe('(chưa có)');
  });

  it('never reads inherited properties', () => {
    expect(render('{{toString}} {{constructor.name}} {{__proto__}} {{xs.constructor}}', { xs: [] }, 'en')).toBe(
      '(not given) (not given) (not given) (not given)',
    );
    expect(render('{{s.length}}', { s: 'abc' }, 'en')).toBe('(not given)');
  });
});

describe('renderTemplate: sections', () => {
  it('renders {{#list}} once per item, joined by "; "', () => {
    expect(render('{{#xs}}<{{.}}>{{/xs}}', { xs: ['a', 'b', 'c'] })).toBe('<a>; <b>; <c>');
  });

  it('looks names up in the item first, then in the enclosing context', () => {
    const context = { unit: 'ngày', gaps: [{ from: '2024-03-01', days: 95 }, { from: '2024-07-10', days: 120, unit: 'd' }] };
    expect(render('{{#gaps}}{{from|date}}: {{days}} {{unit}}{{/gaps}}', context)).toBe('01/03/2024: 95 ngày; 10/07/2024: 120 d');
  });

  it('renders nested sections', () => {
    const context = { lines: [{ item: 'Máy A', quotes: [1, 2] }, { item: 'Máy B', quotes: [] }] };
    expect(render('{{#lines}}{{item}}{{?quotes}} ({{quotes.length}} báo giá){{/quotes}}{{/lines}}', context)).toBe(
      'Máy A (2 báo giá); Máy B',
    );
  });

  it('renders {{#x}} once with x as context when x is a present non-list value', () => {
    expect(render('{{#line}}{{item}} {{amount|vnd}}{{/line}}', { line: { item: 'Máy', amount: 5000 } }, 'en')).toBe('Máy 5,000 VND');
    expect(render('[{{#n}}{{.}}{{/n}}]', { n: 0 })).toBe('[0]');
    expect(render('[{{#x}}yes{{/x}}]', {})).toBe('[]');
    expect(render('[{{#x}}yes{{/x}}]', { x: [] })).toBe('[]');
  });

  it.each([
    ['0', 0, true],
    ['the empty string', '', true],
    ['a non-empty string', 'a', true],
    ['true', true, true],
    ['an object', {}, true],
    ['a non-empty list', [1], true],
    ['undefined', undefined, false],
    ['null', null, false],
    ['false', false, false],
    ['an empty list', [], false],
  ])('counts %s as %s for {{?x}} and {{^x}}', (_name, value, present) => {
    const template = '[{{?x}}present{{/x}}{{^x}}absent{{/x}}]';
    expect(render(template, { x: value })).toBe(present ? '[present]' : '[absent]');
  });

  it('does not iterate a list in {{?x}}', () => {
    expect(render('{{?xs}}có {{xs.length}}{{/xs}}', { xs: [1, 2, 3] })).toBe('có 3');
  });

  it('counts a missing key as absent', () => {
    expect(render('[{{?x}}present{{/x}}{{^x}}absent{{/x}}]', {})).toBe('[absent]');
  });

  it('tidies the space and punctuation an empty optional part leaves behind', () => {
    expect(render('Thiếu: {{#xs}}{{.}}{{/xs}}.', { xs: [] })).toBe('Thiếu.');
    expect(render('a {{?x}}b{{/x}} .', {})).toBe('a.');
    expect(render('  {{?x}}a{{/x}}  b  ', {})).toBe('b');
  });
});

describe('templateReferences', () => {
  it('lists the first segment of each placeholder, flagging those inside sections', () => {
    expect(templateReferences(parseTemplate('{{a.b}} {{#list}}{{x}} {{.}}{{/list}} {{param.max|vnd}} {{?c}}{{d.e}}{{/c}}'))).toEqual([
      { path: 'a.b', root: 'a', nested: false },
      { path: 'list', root: 'list', nested: false },
      { path: 'x', root: 'x', nested: true },
      { path: 'param.max', root: 'param', nested: false },
      { path: 'c', root: 'c', nested: false },
      { path: 'd.e', root: 'd', nested: true },
    ]);
  });

  it('returns nothing for plain text or the current item alone', () => {
    expect(templateReferences(parseTemplate('plain'))).toEqual([]);
    expect(templateReferences(parseTemplate('{{#xs}}{{.}}{{/xs}}'))).toEqual([{ path: 'xs', root: 'xs', nested: false }]);
  });

  it('flags sections nested inside sections as nested', () => {
    expect(templateReferences(parseTemplate('{{#a}}{{#b}}{{c}}{{/b}}{{/a}}'))).toEqual([
      { path: 'a', root: 'a', nested: false },
      { path: 'b', root: 'b', nested: true },
      { path: 'c', root: 'c', nested: true },
    ]);
  });
});
