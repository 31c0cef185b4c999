import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	parseMoodleXml,
	toAnki,
	toMoodleXml,
	toQtiPackage
} from '../../src/lib/server/exchange/formats';
import { ankiField } from '../../src/lib/server/exchange/anki';
import { htmlToText } from '../../src/lib/server/exchange/html';
import { MAX_MOODLE_QUESTIONS } from '../../src/lib/server/exchange/moodle-xml';
import { MATCH_CORRECT } from '../../src/lib/server/exchange/qti';

const QUESTIONS = [
	{
		stem: 'Who cut the ribbon at the harbour library?',
		options: ['Elena Vasquez', 'Priya Nair', 'Martin Osei', 'Tomas Lindqvist'],
		answerIndex: 0,
		skill: 'key-details' as const,
		source: 'Mayor Elena Vasquez cut the ribbon on Saturday.'
	},
	{
		stem: 'What did the sign say: "<b>Open</b> & free"?',
		options: ["It's 'open'", 'a < b', 'x > y & z', '#hashtag'],
		answerIndex: 2,
		skill: 'vocabulary' as const,
		source: 'The sign read "Open & free" <in bold>.'
	},
	{
		stem: 'Which line,\nwith a break\tand a tab?',
		options: ['one\ttwo', 'three\nfour', '"quoted"', '#5'],
		answerIndex: 3
	}
];

const xmlParser = (arrays: string[]) =>
	new XMLParser({
		ignoreAttributes: false,
		parseTagValue: false,
		parseAttributeValue: false,
		isArray: (name) => arrays.includes(name)
	});

describe('Moodle XML', () => {
	it('writes a quiz: a category, then one single-answer multichoice per question', () => {
		const xml = toMoodleXml('Harbour / Library', QUESTIONS);
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
		expect(XMLValidator.validate(xml)).toBe(true);
		type Text = { text: string; '@_format'?: string };
		type Question = {
			'@_type': string;
			category?: Text;
			name: Text;
			questiontext: Text;
			generalfeedback: Text;
			single: string;
			shuffleanswers: string;
			answernumbering: string;
			answer: (Text & { '@_fraction': string; feedback: Text })[];
		};
		const quiz = (
			xmlParser(['question', 'answer']).parse(xml) as { quiz: { question: Question[] } }
		).quiz;
		const [category, ...items] = quiz.question;
		// "/" would be a step down in Moodle's category path: it is doubled.
		expect(category).toEqual({
			'@_type': 'category',
			category: { text: '$course$/Harbour // Library' }
		});
		expect(items).toHaveLength(3);
		const second = items[1]!;
		expect(second).toMatchObject({
			'@_type': 'multichoice',
			name: { text: 'Q2' },
			questiontext: { '@_format': 'html' },
			generalfeedback: { '@_format': 'html' },
			single: 'true',
			shuffleanswers: 'true',
			answernumbering: 'abc'
		});
		// The XML holds HTML, so "<", "&" are escaped twice over: once for HTML, once for XML.
		expect(second.questiontext.text).toBe(
			'What did the sign say: "&lt;b&gt;Open&lt;/b&gt; &amp; free"?'
		);
		expect(htmlToText(second.questiontext.text)).toBe(QUESTIONS[1]!.stem);
		expect(htmlToText(second.generalfeedback.text)).toBe(QUESTIONS[1]!.source);
		expect(second.answer.map((a) => a['@_fraction'])).toEqual(['0', '0', '100', '0']);
		expect(second.answer.map((a) => a['@_format'])).toEqual(['html', 'html', 'html', 'html']);
		expect(second.answer.map((a) => htmlToText(a.text))).toEqual(QUESTIONS[1]!.options);
		expect(htmlToText(second.answer[2]!.feedback.text)).toBe('Right.');
		expect(htmlToText(second.answer[0]!.feedback.text)).toBe('No: the answer is x > y & z.');
		// A line break is HTML's <br>.
		expect(items[2]!.questiontext.text).toBe('Which line,<br>with a break\tand a tab?');
	});

	it('reads its own export back: the same stems, options and answers', () => {
		const parsed = parseMoodleXml(toMoodleXml('Harbour', QUESTIONS));
		// HTML shows a tab as a space; everything else comes back as it was.
		const asRead = (text: string) => text.replace(/\t/g, ' ');
		expect(parsed).toEqual({
			ok: true,
			questions: QUESTIONS.map((q, i) => ({
				stem: asRead(q.stem),
				options: q.options.map(asRead),
				answerIndex: q.answerIndex,
				number: i + 1
			})),
			skipped: []
		});
	});

	// A file as Moodle writes one, in words of our own: a category, a multiple-choice question with
	// HTML in CDATA and feedback, a true/false question, a multiple-choice one with two right answers,
	// one with three options, one allowing several answers, one with partial credit, and a short answer.
	const FIXTURE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category><text>$course$/top/Tide mill</text></category>
    <info format="moodle_auto_format"><text></text></info>
  </question>
  <question type="multichoice">
    <name><text>Mill wheel</text></name>
    <questiontext format="html">
      <text><![CDATA[<p dir="ltr">What turned the <strong>mill&nbsp;wheel</strong> at Harrow Ford?</p>]]></text>
    </questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>The ebbing tide turned it.</p>]]></text></generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <answer fraction="0" format="html"><text><![CDATA[<p>The wind</p>]]></text><feedback format="html"><text>No.</text></feedback></answer>
    <answer fraction="100" format="html"><text><![CDATA[<p>The ebbing tide</p>]]></text><feedback format="html"><text>Yes.</text></feedback></answer>
    <answer fraction="0" format="html"><text>A team of oxen</text></answer>
    <answer fraction="0.0000000" format="plain_text"><text>A steam engine &amp; a belt</text></answer>
  </question>
  <question type="truefalse">
    <name><text>Oak beams</text></name>
    <questiontext format="html"><text>The beams were oak.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Two right</text></name>
    <questiontext format="html"><text>Who kept the mill?</text></questiontext>
    <single>true</single>
    <answer fraction="100"><text>Ann</text></answer>
    <answer fraction="100"><text>Bo</text></answer>
    <answer fraction="0"><text>Cy</text></answer>
    <answer fraction="0"><text>Di</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Three options</text></name>
    <questiontext format="html"><text>When was it built?</text></questiontext>
    <answer fraction="100"><text>1790</text></answer>
    <answer fraction="0"><text>1850</text></answer>
    <answer fraction="0"><text>1910</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Several</text></name>
    <questiontext format="html"><text>Which were ground there?</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>Wheat</text></answer>
    <answer fraction="50"><text>Barley</text></answer>
    <answer fraction="-100"><text>Coal</text></answer>
    <answer fraction="-100"><text>Salt</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Partial</text></name>
    <questiontext format="html"><text>How high was the tide?</text></questiontext>
    <single>true</single>
    <answer fraction="100"><text>Four metres</text></answer>
    <answer fraction="50"><text>Three metres</text></answer>
    <answer fraction="0"><text>One metre</text></answer>
    <answer fraction="0"><text>Ten metres</text></answer>
  </question>
  <question type="shortanswer">
    <name><text>Name it</text></name>
    <questiontext format="html"><text>Name the river.</text></questiontext>
    <answer fraction="100"><text>Harrow</text></answer>
  </question>
</quiz>
`;

	it('reads a Moodle file: the multiple-choice question, and why each other one is skipped', () => {
		expect(parseMoodleXml(FIXTURE)).toEqual({
			ok: true,
			questions: [
				{
					stem: 'What turned the mill\u00a0wheel at Harrow Ford?',
					options: ['The wind', 'The ebbing tide', 'A team of oxen', 'A steam engine & a belt'],
					answerIndex: 1,
					number: 1
				}
			],
			skipped: [
				{
					number: 2,
					reason: expect.stringMatching(/true\/false question; only multiple-choice/) as unknown
				},
				{
					number: 3,
					reason: expect.stringMatching(
						/four options and one right answer can be imported; it has 4 options and 2 right/
					) as unknown
				},
				{ number: 4, reason: expect.stringMatching(/it has 3 options and 1 right/) as unknown },
				{ number: 5, reason: expect.stringMatching(/allows more than one answer/) as unknown },
				{ number: 6, reason: expect.stringMatching(/partial credit or a penalty/) as unknown },
				{ number: 7, reason: expect.stringMatching(/short-answer question/) as unknown }
			]
		});
	});

	it.each([
		[
			'<quiz><question type="multichoice"></quiz>',
			/^The file is not well-formed XML \(line 1, column \d+\): /
		],
		['not XML at all', /^The file is not well-formed XML/],
		[
			'<quiz><question type="multichoice"><questiontext><text>a & b</text></questiontext></question></quiz>',
			/not well-formed XML/
		],
		[
			'<?xml version="1.0"?><questions><question/></questions>',
			/^The file is XML but not Moodle XML: it has no <quiz> element\.$/
		],
		[
			'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><quiz><question type="multichoice"><questiontext><text>&b;</text></questiontext></question></quiz>',
			/declares a DOCTYPE/
		]
	])('refuses %j with one sentence', (text, error) => {
		expect(parseMoodleXml(text)).toEqual({
			ok: false,
			error: expect.stringMatching(error) as unknown
		});
	});

	it('skips a broken question but reads the rest: no text, no answers, an empty one', () => {
		const file = `<quiz>
			<question type="multichoice"><questiontext><text></text></questiontext></question>
			<question type="multichoice"><questiontext format="plain_text"><text>Where?</text></questiontext></question>
			<question></question>
			<question type="MultiChoice"><questiontext><text>Odd</text></questiontext></question>
			<question type="multichoice"><questiontext><text>Who?</text></questiontext>
				<answer fraction="100"><text>Ann</text></answer><answer fraction="0"><text>Bo</text></answer>
				<answer fraction="0"><text>Cy</text></answer><answer fraction="0"><text>Di</text></answer></question>
		</quiz>`;
		expect(parseMoodleXml(file)).toEqual({
			ok: true,
			questions: [{ stem: 'Who?', options: ['Ann', 'Bo', 'Cy', 'Di'], answerIndex: 0, number: 5 }],
			skipped: [
				{ number: 1, reason: 'It has no question text.' },
				{ number: 2, reason: expect.stringMatching(/it has 0 options and 0 right/) as unknown },
				{ number: 3, reason: 'It is empty.' },
				{ number: 4, reason: 'Its type (“MultiChoice”) is not multiple choice.' }
			]
		});
	});

	it('refuses a file of more than 1,000 questions before reading any', () => {
		const many = (n: number) => `<quiz>${'<question type="essay"/>'.repeat(n)}</quiz>`;
		expect(parseMoodleXml(many(MAX_MOODLE_QUESTIONS))).toMatchObject({ ok: true });
		expect(parseMoodleXml(many(MAX_MOODLE_QUESTIONS + 1))).toEqual({
			ok: false,
			error:
				'The file has 1,001 questions; one import reads at most 1,000. Split it into smaller files.'
		});
	});
});

/** The header lines and the records of an Anki notes file, read as Anki's importer does. */
function readAnki(text: string) {
	const lines = text.split('\n');
	const headers: [string, string][] = [];
	while (lines[0]?.startsWith('#')) {
		const line = lines.shift()!.slice(1);
		const colon = line.indexOf(':');
		headers.push([line.slice(0, colon), line.slice(colon + 1)]);
	}
	return { headers, records: lines.filter(Boolean).map((line) => line.split('\t')) };
}

const decodeHtml = (html: string) => htmlToText(html);

describe('Anki', () => {
	it('starts with the file headers Anki documents, separator first so the columns split on it', () => {
		const { headers } = readAnki(toAnki('The Harbour\nLibrary', QUESTIONS));
		expect(headers).toEqual([
			['separator', 'tab'],
			['html', 'true'],
			['notetype', 'Basic'],
			['deck', 'The Harbour Library'],
			['columns', 'Front\tBack\tTags'],
			['tags column', '3']
		]);
		expect(toAnki('Sea::Tides', []).split('\n')).toContain('#deck:Sea:Tides');
	});

	it('writes one note per question: three fields, none starting a comment or a quoted field', () => {
		const { records } = readAnki(toAnki('Harbour', QUESTIONS));
		expect(records).toHaveLength(3);
		for (const record of records) {
			expect(record).toHaveLength(3);
			expect(record.join('\t')).not.toMatch(/^#/);
			for (const field of record) expect(field).not.toMatch(/^"/);
		}
		const [front, back, tags] = records[0]!;
		expect(front).toBe(
			'Who cut the ribbon at the harbour library?<br><br>A. Elena Vasquez<br>B. Priya Nair<br>C. Martin Osei<br>D. Tomas Lindqvist'
		);
		expect(back).toBe(
			'A. Elena Vasquez<br><br><i>Mayor Elena Vasquez cut the ribbon on Saturday.</i>'
		);
		expect(tags).toBe('quizwright key-details');
		expect(records[2]![2]).toBe('quizwright');
	});

	it('escapes <, &, quotes, tabs and line breaks as HTML, so every field reads back as written', () => {
		const { records } = readAnki(toAnki('Harbour', QUESTIONS));
		expect(records[1]![0]).toContain(
			'What did the sign say: &quot;&lt;b&gt;Open&lt;/b&gt; &amp; free&quot;?'
		);
		expect(decodeHtml(records[1]![1]!)).toBe(
			'C. x > y & z\nThe sign read "Open & free" <in bold>.'
		);
		expect(records[2]![0]).toBe(
			'Which line,<br>with a break&#9;and a tab?<br><br>A. one&#9;two<br>B. three<br>four<br>C. &quot;quoted&quot;<br>D. &#35;5'
		);
		expect(ankiField('#1 tab\there\r\nnext')).toBe('&#35;1 tab&#9;here<br>next');
	});
});

// An XML NCName as QTI's identifier.Type and the manifest's xsd:ID require (ASCII subset here).
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

describe('QTI 2.1', () => {
	const files = unzipSync(toQtiPackage('Harbour: a library', QUESTIONS));
	const parse = (path: string) => {
		const bytes = files[path];
		if (!bytes) throw new Error(`${path} is not in the zip`);
		const xml = strFromU8(bytes);
		return {
			xml,
			valid: XMLValidator.validate(xml),
			doc: xmlParser(['resource', 'file', 'simpleChoice', 'value']).parse(xml) as Record<
				string,
				unknown
			>
		};
	};

	type Resource = {
		'@_identifier': string;
		'@_type': string;
		'@_href': string;
		file: { '@_href': string }[];
	};
	const manifest = parse('imsmanifest.xml').doc.manifest as {
		'@_identifier': string;
		'@_xmlns': string;
		organizations: unknown;
		resources: { resource: Resource[] };
	};

	it('is a content package: a manifest whose resources name files that are in the zip', () => {
		expect(parse('imsmanifest.xml').valid).toBe(true);
		expect(manifest['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
		expect(manifest['@_identifier']).toMatch(NCNAME);
		expect(manifest).toHaveProperty('organizations');
		const resources = manifest.resources.resource;
		expect(resources).toHaveLength(QUESTIONS.length);
		const ids = resources.map((r) => r['@_identifier']);
		expect(new Set([...ids, manifest['@_identifier']]).size).toBe(ids.length + 1);
		for (const resource of resources) {
			expect(resource['@_identifier']).toMatch(NCNAME);
			expect(resource['@_type']).toBe('imsqti_item_xmlv2p1');
			expect(resource.file.map((f) => f['@_href'])).toEqual([resource['@_href']]);
			expect(files[resource['@_href']]).toBeDefined();
		}
		// Nothing in the zip that the manifest does not name.
		expect(Object.keys(files).sort()).toEqual(
			['imsmanifest.xml', ...resources.map((r) => r['@_href'])].sort()
		);
	});

	it.each(QUESTIONS.map((q, n) => [n + 1, q] as const))(
		'holds item %i with the required elements, its correct response one of its choices',
		(number, question) => {
			const href = manifest.resources.resource[number - 1]!['@_href'];
			const { xml, valid, doc } = parse(href);
			expect(valid).toBe(true);
			type Choice = { '@_identifier': string; '#text'?: string };
			const item = doc.assessmentItem as {
				'@_xmlns': string;
				'@_identifier': string;
				'@_title': string;
				'@_adaptive': string;
				'@_timeDependent': string;
				responseDeclaration: {
					'@_identifier': string;
					'@_cardinality': string;
					'@_baseType': string;
					correctResponse: { value: string[] };
				};
				outcomeDeclaration: {
					'@_identifier': string;
					'@_cardinality': string;
					'@_baseType': string;
				};
				itemBody: {
					choiceInteraction: {
						'@_responseIdentifier': string;
						'@_shuffle': string;
						'@_maxChoices': string;
						prompt: string;
						simpleChoice: Choice[];
					};
				};
				responseProcessing: { '@_template': string };
			};
			expect(item['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
			expect(item['@_identifier']).toMatch(NCNAME);
			expect(item['@_title']).toBeTruthy();
			expect([item['@_adaptive'], item['@_timeDependent']]).toEqual(['false', 'false']);
			expect(item.responseDeclaration).toMatchObject({
				'@_identifier': 'RESPONSE',
				'@_cardinality': 'single',
				'@_baseType': 'identifier'
			});
			expect(item.outcomeDeclaration).toMatchObject({
				'@_identifier': 'SCORE',
				'@_cardinality': 'single',
				'@_baseType': 'float'
			});
			const interaction = item.itemBody.choiceInteraction;
			expect(interaction).toMatchObject({
				'@_responseIdentifier': 'RESPONSE',
				'@_shuffle': 'true',
				'@_maxChoices': '1'
			});
			expect(interaction.prompt).toBe(question.stem.replace(/\s+/g, ' '));
			const choices = interaction.simpleChoice.map((c) => c['@_identifier']);
			expect(choices).toHaveLength(4);
			choices.forEach((id) => expect(id).toMatch(NCNAME));
			expect(interaction.simpleChoice.map((c) => c['#text'])).toEqual(
				question.options.map((o) => o.replace(/\s+/g, ' '))
			);
			const correct = item.responseDeclaration.correctResponse.value;
			expect(correct).toHaveLength(1);
			expect(choices).toContain(correct[0]);
			expect(choices.indexOf(correct[0]!)).toBe(question.answerIndex);
			expect(item.responseProcessing['@_template']).toBe(MATCH_CORRECT);
			// The schema's sequence: declarations, then the body, then response processing.
			const order = [
				'<responseDeclaration',
				'<outcomeDeclaration',
				'<itemBody',
				'<responseProcessing'
			];
			const at = order.map((tag) => xml.indexOf(tag));
			expect(at.every((i) => i > 0)).toBe(true);
			expect([...at].sort((a, b) => a - b)).toEqual(at);
		}
	);

	it('gives the same bytes for the same questions', () => {
		expect(toQtiPackage('Harbour', QUESTIONS)).toEqual(toQtiPackage('Harbour', QUESTIONS));
	});
});
