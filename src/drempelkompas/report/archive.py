"""What makes the plan PDF an archive record (PDF/A-2b): XMP metadata and an sRGB output intent.

reportlab writes neither itself. Both are added to the document catalog before the PDF is
written; the XMP repeats the document information exactly (title, author, dates…), as PDF/A
requires.
"""

from dataclasses import dataclass
from datetime import datetime

from reportlab.pdfbase import pdfdoc

from drempelkompas.report.styles import escape_xml
from drempelkompas.resources import resource

PDF_VERSION = (1, 7)  # ISO 32000-1
SRGB = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    subject: str
    author: str
    creator: str
    keywords: str
    language: str  # e.g. "nl"
    dated: datetime  # in UTC


def make_archival(document: pdfdoc.PDFDocument, info: DocumentInfo) -> None:
    """Declares `document` PDF/A-2b: its XMP metadata and its output intent."""
    catalog = document.Catalog
    catalog.Metadata = _UnfilteredStream(
        pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}),
        _xmp(info, document).encode("utf-8"),
    )
    profile = pdfdoc.PDFStream(
        dictionary=pdfdoc.PDFDictionary({"N": 3}),
        content=resource("sRGB.icc").read_bytes(),
        filters=[pdfdoc.PDFZCompress] if document.compression else [],
    )
    catalog.OutputIntents = pdfdoc.PDFArray(
        [
            pdfdoc.PDFDictionary(
                {
                    "Type": pdfdoc.PDFName("OutputIntent"),
                    "S": pdfdoc.PDFName("GTS_PDFA1"),
                    "OutputConditionIdentifier": pdfdoc.PDFString(SRGB),
                    "Info": pdfdoc.PDFString(SRGB),
                    "DestOutputProfile": document.Reference(profile),
                }
            )
        ]
    )
    # The catalog writes only the keys it lists; the output intent is not among reportlab's.
    catalog.__NoDefault__ = [*pdfdoc.PDFCatalog.__NoDefault__, "OutputIntents"]


class _UnfilteredStream(pdfdoc.PDFStream):
    """A stream written as it is, without a /Filter key: PDF/A wants the XMP readable so."""

    def format(self, document) -> bytes:
        dictionary = pdfdoc.PDFDictionary({**self.dictionary.dict, "Length": len(self.content)})
        return pdfdoc.format(dictionary, document) + b"\nstream\n" + self.content + b"endstream\n"


def _xmp(info: DocumentInfo, document: pdfdoc.PDFDocument) -> str:
    moment = info.dated.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    language = escape_xml(info.language)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape_xml(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape_xml(info.subject)}</rdf:li></rdf:Alt>
   </dc:description>
   <dc:creator><rdf:Seq><rdf:li>{escape_xml(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>{escape_xml(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{moment}</xmp:CreateDate>
   <xmp:ModifyDate>{moment}</xmp:ModifyDate>
   <xmp:MetadataDate>{moment}</xmp:MetadataDate>
   <pdf:Producer>{escape_xml(document.info.producer)}</pdf:Producer>
   <pdf:Keywords>{escape_xml(info.keywords)}</pdf:Keywords>
   <pdf:Trapped>False</pdf:Trapped>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>
"""
