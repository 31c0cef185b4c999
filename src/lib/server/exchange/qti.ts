// IMS QTI 2.1 (https://www.imsglobal.org/question/qtiv2p1/imsqti_infov2p1.html): one assessment
// item per question in an IMS content package, a zip with imsmanifest.xml at its root.
import { XMLBuilder } from 'fast-xml-parser';
import { strToU8, zipSync } from 'fflate';
import { LETTERS } from '$lib/quiz/letters';
import type { ExchangeQuestion } from './gift';
import { xmlSafe } from './html';

const QTI = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const IMSCP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
/** The response processing template that scores 1 for the correct response, else 0. */
export const MATCH_CORRECT = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct';

// Every identifier below is an XML NCName, as QTI's identifier.Type and the manifest's xsd:ID
// require: a letter first, then letters, digits, "-" or "." only.
const itemId = (n: number) => `Q${n + 1}`;
const choiceId = (i: number) => `Choice${LETTERS[i]}`;
const itemPath = (n: number) => `items/${itemId(n)}.xml`;

/** Text for an attribute or a text-only element: one line, nothing XML cannot hold. */
const line = (text: string) => xmlSafe(text).replace(/\s+/g, ' ').trim();

// suppressBooleanAttributes off: the builder would otherwise write shuffle="true" as a bare `shuffle`.
const builder = () =>
	new XMLBuilder({
		ignoreAttributes: false,
		suppressBooleanAttributes: false,
		format: true,
		indentBy: '  ',
		suppressEmptyNode: true
	});
const declaration = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } };

/** One question as a QTI 2.1 assessmentItem: a single choiceInteraction scored by match_correct. */
export function toQtiItem(title: string, q: ExchangeQuestion, n: number): string {
	return builder().build({
		...declaration,
		assessmentItem: {
			'@_xmlns': QTI,
			'@_xmlns:xsi': XSI,
			'@_xsi:schemaLocation': `${QTI} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`,
			'@_identifier': itemId(n),
			'@_title': `${line(title)} · ${n + 1}`,
			'@_adaptive': 'false',
			'@_timeDependent': 'false',
			// The children in the order the schema's sequence requires.
			responseDeclaration: {
				'@_identifier': 'RESPONSE',
				'@_cardinality': 'single',
				'@_baseType': 'identifier',
				correctResponse: { value: choiceId(q.answerIndex) }
			},
			outcomeDeclaration: {
				'@_identifier': 'SCORE',
				'@_cardinality': 'single',
				'@_baseType': 'float',
				defaultValue: { value: '0' }
			},
			itemBody: {
				choiceInteraction: {
					'@_responseIdentifier': 'RESPONSE',
					'@_shuffle': 'true',
					'@_maxChoices': '1',
					prompt: line(q.stem),
					simpleChoice: q.options.map((option, i) => ({
						'@_identifier': choiceId(i),
						'#text': line(option)
					}))
				}
			},
			responseProcessing: { '@_template': MATCH_CORRECT }
		}
	});
}

/** The package's manifest: one imsqti_item_xmlv2p1 resource per item, each naming its file. */
export function toQtiManifest(title: string, count: number): string {
	const slug = title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return builder().build({
		...declaration,
		manifest: {
			'@_xmlns': IMSCP,
			'@_xmlns:xsi': XSI,
			'@_xsi:schemaLocation': `${IMSCP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd`,
			'@_identifier': `MANIFEST-quizwright${slug ? `-${slug}` : ''}`,
			metadata: { schema: 'QTIv2.1 Package', schemaversion: '1.0.0' },
			organizations: '',
			resources: {
				resource: Array.from({ length: count }, (_, n) => ({
					'@_identifier': `RES-${itemId(n)}`,
					'@_type': 'imsqti_item_xmlv2p1',
					'@_href': itemPath(n),
					file: { '@_href': itemPath(n) }
				}))
			}
		}
	});
}

// The zip epoch, for every entry: the same questions give the same bytes.
const MTIME = new Date(1980, 0, 1);

/** The questions as a QTI 2.1 content package (zip bytes): imsmanifest.xml and items/Q1.xml… */
export function toQtiPackage(title: string, questions: ExchangeQuestion[]): Uint8Array {
	const files: Record<string, Uint8Array> = {
		'imsmanifest.xml': strToU8(toQtiManifest(title, questions.length))
	};
	questions.forEach((q, n) => {
		files[itemPath(n)] = strToU8(toQtiItem(title, q, n));
	});
	return zipSync(files, { level: 6, mtime: MTIME });
}
