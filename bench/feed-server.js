// A feed server for the bench's sync rows, in its own process (the bench times with spawnSync, which would block a
// server in its own loop): a 50-item RSS feed with full HTML bodies on 127.0.0.1, an ETag, and 304 on a match.
// Prints the feed's address, then serves until killed.
import {createHash} from 'node:crypto';
import {createServer} from 'node:http';

const count = Number(process.argv[2] ?? 50);
const body = index => `<h2>Why it matters</h2><p>Post ${index}: gentle, regular movement keeps joints <strong>comfortable</strong>. A physiotherapist shows you <a href="https://clinic.example/exercises">which exercises</a> suit you.</p>`
	+ '<ul><li>Warm up for five minutes</li><li>Stop if the pain is sharp</li><li>Rest a day between hard sessions</li></ul>'
	+ '<table><thead><tr><th>Week</th><th>Sessions</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr><tr><td>2</td><td>3</td></tr></tbody></table>'
	+ `<p><img src="https://clinic.example/images/${index}.jpg" alt="A patient stretching, picture ${index}"></p>`
	+ '<p>Most people feel a difference within a few weeks. Book an assessment if it does not ease.</p>'.repeat(4);
const item = index => {
	const date = new Date(Date.UTC(2026, 0, 1) + index * 86_400_000).toUTCString();
	return `<item><title>Generated article ${index}</title><link>https://clinic.example/blog/generated-${index}/</link><guid>generated-${index}</guid><pubDate>${date}</pubDate><dc:creator>Bench Writer</dc:creator><description>Summary of article ${index}.</description><content:encoded><![CDATA[${body(index)}]]></content:encoded></item>`;
};

const feed = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench clinic</title><link>https://clinic.example/blog/</link><description>Generated</description>${Array.from({length: count}, (_, index) => item(index)).join('')}</channel></rss>`;
const etag = `"${createHash('sha256').update(feed).digest('hex').slice(0, 16)}"`;
const server = createServer((request, response) => {
	if (request.headers['if-none-match'] === etag) {
		response.writeHead(304, {ETag: etag}).end();
		return;
	}

	response.writeHead(200, {'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag}).end(feed);
});
server.listen(0, '127.0.0.1', () => {
	process.stdout.write(`http://127.0.0.1:${server.address().port}/feed.xml\n`);
});
