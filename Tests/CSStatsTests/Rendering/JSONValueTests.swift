import Foundation
import Testing
@testable import CSStats

private let example: JSONValue = .object([
    (key: "year", value: .string("令和3年度")),
    (key: "schoolType", value: .string("幼稚園")),
    (key: "cs", value: .object([
        (key: "count", value: .integer(276)),
        (key: "rate", value: .number("9.8")),
    ])),
    (key: "notes", value: .array([.string("a \"q\" \\ \n\t\u{1}"), .null, .bool(true)])),
    (key: "increase", value: .integer(-3)),
    (key: "empty", value: .array([])),
    (key: "none", value: .object([])),
])

@Test func prettySerializationIsExact() {
    #expect(example.serialized() == #"""
        {
          "year": "令和3年度",
          "schoolType": "幼稚園",
          "cs": {
            "count": 276,
            "rate": 9.8
          },
          "notes": [
            "a \"q\" \\ \n\t\u0001",
            null,
            true
          ],
          "increase": -3,
          "empty": [],
          "none": {}
        }
        """#)
}

@Test func compactSerializationIsExact() {
    #expect(example.serialized(pretty: false) == #"""
        {"year":"令和3年度","schoolType":"幼稚園","cs":{"count":276,"rate":9.8},"notes":["a \"q\" \\ \n\t\u0001",null,true],"increase":-3,"empty":[],"none":{}}
        """#)
}

@Test(arguments: [true, false])
func serializationParsesWithFoundation(pretty: Bool) throws {
    let data = Data(example.serialized(pretty: pretty).utf8)
    let parsed = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(parsed["year"] as? String == "令和3年度")
    let cs = try #require(parsed["cs"] as? [String: Any])
    #expect((cs["count"] as? NSNumber)?.intValue == 276)
    #expect((cs["rate"] as? NSNumber)?.doubleValue == 9.8)
    let notes = try #require(parsed["notes"] as? [Any])
    #expect(notes[0] as? String == "a \"q\" \\ \n\t\u{1}")
    #expect(notes[1] is NSNull)
    #expect((parsed["increase"] as? NSNumber)?.intValue == -3)
}

@Test(arguments: [
    ("", #""""#), ("東京都", #""東京都""#), ("/", #""/""#), ("\u{1F}", #""\u001f""#),
    ("\u{8}\u{C}", #""\u0008\u000c""#), ("\r\n", #""\r\n""#), ("\u{7F}", "\"\u{7F}\""),
    ("😀", #""😀""#),
])
func stringEscaping(text: String, expected: String) throws {
    let serialized = JSONValue.string(text).serialized()
    #expect(serialized == expected)
    let parsed = try JSONSerialization.jsonObject(
        with: Data(serialized.utf8), options: .fragmentsAllowed)
    #expect(parsed as? String == text)
}

@Test func objectEqualityRespectsKeyOrder() {
    let ab: JSONValue = .object([(key: "a", value: .integer(1)), (key: "b", value: .integer(2))])
    let ba: JSONValue = .object([(key: "b", value: .integer(2)), (key: "a", value: .integer(1))])
    #expect(ab == ab)
    #expect(ab != ba)
    #expect(JSONValue.integer(1) != .number("1"))
    #expect(JSONValue.array([.null]) == .array([.null]))
}
