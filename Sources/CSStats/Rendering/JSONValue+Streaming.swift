extension JSONValue {
    /// Writes a pretty-printed JSON object member by member, one of whose members is an array
    /// whose elements come one at a time: a document too big to hold is written as it is made,
    /// and reads exactly as ``serialized(pretty:)`` would print the whole object.
    public struct ObjectWriter {
        private var members = 0
        private var elements = 0
        private var inArray = false

        public init() {}

        /// The opening of the object.
        public func start() -> String { "{" }

        /// A member whose value is known.
        public mutating func member(_ key: String, _ value: JSONValue) -> String {
            precondition(!inArray, "endArray() first")
            var output = separator()
            JSONValue.writeString(key, into: &output)
            output += ": "
            value.write(into: &output, pretty: true, depth: 1)
            return output
        }

        /// The start of a member whose value is an array of elements to come.
        public mutating func startArray(_ key: String) -> String {
            var output = separator()
            JSONValue.writeString(key, into: &output)
            inArray = true
            elements = 0
            return output + ": ["
        }

        /// One element of the open array.
        public mutating func element(_ value: JSONValue) -> String {
            var output = elementStart()
            value.write(into: &output, pretty: true, depth: 2)
            return output
        }

        /// What goes before an element of the open array that the caller writes itself (at
        /// depth 2: its inner lines indented six spaces, its closing four).
        public mutating func elementStart() -> String {
            precondition(inArray, "startArray(_:) first")
            defer { elements += 1 }
            return elements == 0 ? "\n    " : ",\n    "
        }

        /// The end of the open array.
        public mutating func endArray() -> String {
            inArray = false
            return elements == 0 ? "]" : "\n  ]"
        }

        /// The end of the object.
        public func end() -> String { members == 0 ? "}" : "\n}" }

        private mutating func separator() -> String {
            defer { members += 1 }
            return members == 0 ? "\n  " : ",\n  "
        }
    }
}
