/// A strict reader for the plain shapes of a command's arguments: `--name value`, `--name=value`,
/// `--flag`, and positional values that do not start with a dash. It gives up (nil) on anything
/// else: help, `--`, an unknown or repeated option, a missing value, a value that looks like an
/// option. ArgumentParser then reads the arguments and words the error.
struct QuickArguments {
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    init?(_ arguments: some Sequence<String>, options: Set<String>, flags allowedFlags: Set<String>, positionals limit: Int = 0) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            guard argument.hasPrefix("-") else {
                guard positionals.count < limit else { return nil }
                positionals.append(argument)
                continue
            }
            guard argument.hasPrefix("--") else { return nil }
            let body = argument.dropFirst(2)
            if let equals = body.firstIndex(of: "=") {
                let name = String(body[..<equals])
                guard options.contains(name), values[name] == nil, equals != body.index(before: body.endIndex) else { return nil }
                values[name] = String(body[body.index(after: equals)...])
            } else if allowedFlags.contains(String(body)) {
                guard flags.insert(String(body)).inserted else { return nil }
            } else {
                let name = String(body)
                guard options.contains(name), values[name] == nil, let value = iterator.next(), !value.hasPrefix("-") else { return nil }
                values[name] = value
            }
        }
    }

    /// The value of `--name`, converted; `.some(nil)` when absent, nil when it does not convert.
    func value<Value>(_ name: String, _ convert: (String) -> Value?) -> Value?? {
        guard let text = values[name] else { return .some(nil) }
        guard let value = convert(text) else { return nil }
        return .some(value)
    }
}
