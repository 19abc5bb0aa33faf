/** The usage text: meow shows it for --help, and bin.ts prints it (through formatHelp) without loading meow. */
export const helpText = `
	Usage
	  $ clinic-read                      Browse the posts (a list of them when piped)
	  $ clinic-read list [--unread] [--json]
	  $ clinic-read read <slug|number|->  Read a post; - reads Markdown from stdin
	  $ clinic-read contact [--json]     The clinic's contact details
	  $ clinic-read mark <slug…|--all> [--unread]
	  $ clinic-read print <slug…|--all>  Paginated handouts for a printer
	  $ clinic-read check [--json]       Check the posts and clinic.yml for problems
	  $ clinic-read new <title> [--date d] [--tags a,b]
	  $ clinic-read kiosk [--lock]       A waiting-room display that rotates the posts

	Options
	  --content <dir>    Posts and clinic.yml from <dir> (default: the bundled posts)
	  --width <n>        Wrap at <n> columns (plain text: 80; print: 72)
	  --page-length <n>  print: <n> lines a page (default: 66)
	  --no-contact       print: leave out the clinic's contact block
	  --plain            Plain text, even in a terminal
	  --no-pager         Print the formatted article and exit
	  --color            Keep formatting when piped, as for less -R
	  --unread           list: only unread posts; mark: mark as unread
	  --all              mark, print: every post
	  --date <d>         new: the post's date, YYYY-MM-DD (default: today)
	  --tags <a,b>       new: the post's tags, kebab-case words
	  --wpm <n>          kiosk: reading pace in words a minute (default: 180)
	  --min-seconds <n>  kiosk: hold a screenful at least <n> seconds (default: 10)
	  --max-seconds <n>  kiosk: hold a screenful at most <n> seconds (default: 90)
	  --order <order>    kiosk: newest (default) or shuffle
	  --tag <tag>        kiosk: only the posts with this tag
	  --no-qr            kiosk: leave out the QR code
	  --lock             kiosk: ignore every key; only a signal stops it
	  --status-file <f>  kiosk: rewrite <f> every minute with a JSON heartbeat
	  --quiet-hours <t>  kiosk: a dim clock and the contact card, e.g. 20:00-07:00
	  --json             Output JSON
	  --help             Show this help
	  --version          Show the version

	Environment
	  CLINIC_READ_CONTENT     Same as --content
	  CLINIC_READ_CONFIG_DIR  Where read state is kept
	  NO_COLOR                No colour in the terminal

	Examples
	  $ clinic-read read trigger-point-therapy | lpr
	  $ clinic-read list --unread --json
	  $ cat notes.md | clinic-read read -
	  $ clinic-read kiosk --lock --quiet-hours 20:00-07:00
`;

/** --help exactly as meow prints it: the package's description, then the usage text, indented by two spaces. */
export function formatHelp(description: string): string {
	const lines = helpText.replace(/^\n+|\s+$/g, '').split('\n').map(line => line.replace(/^\t/, '  '));
	return `\n  ${description}\n\n${lines.join('\n')}\n\n`;
}
