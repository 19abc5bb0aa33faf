import {describe, expect, test} from 'vitest';
import {htmlToMarkdown, htmlToText, safeHref} from '../../../source/core/sync/html-to-markdown.js';

describe('htmlToMarkdown', () => {
	test('scripts, styles, frames and forms go with their text', () => {
		const markdown = htmlToMarkdown('<p>Keep</p><script>SCRIPT()</script><style>p{} STYLE</style><iframe>FRAME</iframe><form><label>FORM</label><input value="VALUE"><button>GO</button></form><noscript>NOSCRIPT</noscript><template>TEMPLATE</template><svg><text>SVG</text></svg>');
		expect(markdown).toBe('Keep');
	});

	test('only http, https, mailto and tel links stay links; relative ones are resolved against the article', () => {
		const markdown = htmlToMarkdown('<a href="javascript:alert(1)">a</a> <a href=" JAVASCRIPT:x">b</a> <a href="data:text/html,x">c</a> <a href="file:///etc">d</a> <a href="mailto:x@y.example">e</a> <a href="tel:+19055550100">f</a> <a href="/page">g</a> <a href="https://x.example/a b(c)">h</a>', 'https://clinic.example/blog/post');
		expect(markdown).toBe('a b c d [e](mailto:x@y.example) [f](tel:+19055550100) [g](https://clinic.example/page) [h](https://x.example/a%20b%28c%29)');
	});

	test('images become Markdown images with their alt text; without alt text or a web address they are left out', () => {
		expect(htmlToMarkdown('<img src="/a.png" alt="A [knee]"><img src="/b.png"><img src="javascript:x" alt="bad"><img src="data:image/png;base64,AA" alt="inline">', 'https://clinic.example/')).toBe(String.raw`![A \[knee\]](https://clinic.example/a.png)`);
	});

	test('tables with the GFM plugin, headings in ATX style', () => {
		expect(htmlToMarkdown('<h2>Plan</h2><table><thead><tr><th>Week</th><th>km</th></tr></thead><tbody><tr><td>1</td><td>5</td></tr></tbody></table>')).toBe('## Plan\n\n| Week | km  |\n| --- | --- |\n| 1   | 5   |');
	});

	// HTML maps &#x9b; to windows-1252's "›", as browsers do: not a control character.
	test('no control character or escape sequence survives, whether raw, as a character reference, or spelled out in text', () => {
		const markdown = htmlToMarkdown('<p>a\u001B[2Jb &#27;[31mc &#x9b;d &amp;#27;e &amp;#x1B;f \u0007g &#8238;h \u202Ei &amp;#1234;j</p>');
		expect(markdown).toBe(String.raw`ab c ›d e f g h i &#1234;j`);
		expect(markdown).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
	});
});

describe('htmlToText', () => {
	test('tags and entities become plain text on one line, without escape sequences', () => {
		expect(htmlToText('Ankle <em>Sprains</em> &amp; you\u001B]0;PWNED\u0007\n<script>x</script>')).toBe('Ankle Sprains & you');
		expect(htmlToText('Plain   title')).toBe('Plain title');
	});
});

describe('safeHref', () => {
	test.each([
		['https://x.example/', 'https://x.example/'],
		['http:/no-host', 'http://no-host/'],
		['http://', undefined],
		['vbscript:x', undefined],
		['', undefined],
		['//cdn.example/a', 'https://cdn.example/a'],
	])('%s → %s', (href, expected) => {
		expect(safeHref(href, 'https://clinic.example/')).toBe(expected);
	});
});
