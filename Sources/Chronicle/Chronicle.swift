// Chronicle: documents in, briefing timelines out. Importing this module brings every stage.
@_exported import ChronicleEvents
@_exported import ChronicleReader
@_exported import ChronicleRender
@_exported import ChronicleTagger
@_exported import ChronicleText
@_exported import ChronicleTimeline
