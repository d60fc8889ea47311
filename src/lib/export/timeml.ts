/**
 * A document as TimeML: its text inside `<TEXT>` with TIMEX3 tags (tid, type, value), and the
 * reference date as the `<DCT>`. The tagging is the one `timeweave annotate` and the
 * evaluation use (`annotateTimeML`), so the exported tags are exactly what is scored. Pure.
 */
import { annotateTimeML } from '../eval/annotate.ts';
import { escapeXml } from './xml.ts';
import type { TimelineData } from './timelineFile.ts';

/**
 * The first document of `data` (or the one with `documentId`) as a TimeML file.
 * @throws Error when there is no such document
 */
export function writeTimeMl(data: TimelineData, documentId?: string): string {
	const doc = documentId ? data.documents.find((d) => d.id === documentId) : data.documents[0];
	if (!doc) throw new Error(documentId ? `no document has the id “${documentId}”` : 'there is no document to write');
	const dct = data.referenceDate?.value;
	const raw = [
		'<?xml version="1.0" ?>',
		'<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
		'',
		`<DOCID>${escapeXml(doc.title || doc.id)}</DOCID>`,
		'',
		dct ? `<DCT><TIMEX3 tid="t0" type="DATE" value="${escapeXml(dct)}" temporalFunction="false" functionInDocument="CREATION_TIME">${escapeXml(dct)}</TIMEX3></DCT>` : '<DCT></DCT>',
		'',
		`<TEXT>${escapeXml(doc.text)}</TEXT>`,
		'',
		'</TimeML>',
		''
	].join('\n');
	return annotateTimeML(raw).document;
}
