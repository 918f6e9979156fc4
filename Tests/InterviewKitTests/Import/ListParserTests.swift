import Testing
@testable import InterviewKit

@Suite("Reading question lists")
struct ListParserTests {
    let parser = ListParser()

    @Test("scraped entries: number glued to the front, level glued to the end, furniture and FAQ skipped")
    func scrapedFormat() {
        let text = """
        Rust Interview Questions for Experienced Professionals
        For developers with a few years of Rust, these 4 questions go beyond the basics.
        4 Rust questions
        - 1Rust Interview Question 5 (Free)Intermediate
        - 2How does Rust handle distributed consistency models?Senior
        - 3How does Rust’s Waker integrate with OS-level event notification systems?Senior
        - 4Rust Advanced Interview Question 9Senior
        Explore more Rust interview questions
        Frequently asked questions
        Which Rust questions do experienced (3+ years) get asked?
        How do I prepare for a Rust interview with my experience level?
        """
        let entries = parser.parse(text)
        #expect(entries.map(\.number) == [1, 2, 3, 4])
        #expect(entries.map(\.text) == [
            "Rust Interview Question 5 (Free)",
            "How does Rust handle distributed consistency models?",
            "How does Rust’s Waker integrate with OS-level event notification systems?",
            "Rust Advanced Interview Question 9",
        ])
        #expect(entries.map(\.level) == ["Intermediate", "Senior", "Senior", "Senior"])
    }

    @Test("a numbered item of one or two words is an entry (a section heading); an unnumbered one is furniture")
    func shortNumberedItems() {
        let entries = parser.parse("Rust basics\n1. Lifetimes\n2. What is a lifetime?\n3. Why does elision exist?\n- Home\n4. Unsafe Rust\n5. What is UB?\n")
        #expect(entries.map(\.number) == [1, 2, 3, 4, 5])
        #expect(entries.map(\.text) == ["Lifetimes", "What is a lifetime?", "Why does elision exist?", "Unsafe Rust", "What is UB?"])
    }

    @Test("a glued number that runs into digits of the text takes the expected next number")
    func gluedNumberAmbiguity() {
        let entries = parser.parse("- 11How does X work?Senior\n- 1232-bit atomics: why?Senior\n")
        #expect(entries.map(\.number) == [11, 12])
        #expect(entries[1].text == "32-bit atomics: why?")
    }

    @Test("plain numbered lists with `1.` and `1)`, levels in brackets or after a dash, headings between")
    func numberedLists() {
        let text = """
        # Go questions

        ## Concurrency
        1. How does the Go scheduler work? (Senior)
        2) What is a channel? - junior

        ## Memory
        3. How does escape analysis work? [Intermediate]
        4. Explain the Go garbage collector.
        """
        let entries = parser.parse(text)
        #expect(entries.map(\.number) == [1, 2, 3, 4])
        #expect(entries.map(\.text) == ["How does the Go scheduler work?", "What is a channel?",
                                        "How does escape analysis work?", "Explain the Go garbage collector."])
        #expect(entries.map(\.level) == ["Senior", "Junior", "Intermediate", nil])
    }

    @Test("one question per line with metadata lines between: levels attach to the question above")
    func metadataLines() {
        let text = """
        Distributed systems questions

        How does Raft elect a leader?
        Level: Senior
        Tags: consensus, raft

        What is the CAP theorem?
        Difficulty: Intermediate
        Asked at: a large company

        Explain vector clocks
        Senior
        """
        let entries = parser.parse(text)
        #expect(entries.map(\.text) == ["How does Raft elect a leader?", "What is the CAP theorem?", "Explain vector clocks"])
        #expect(entries.map(\.level) == ["Senior", "Intermediate", "Senior"])
        #expect(entries.map(\.number) == [nil, nil, nil])
    }

    @Test("Markdown headings that are questions are the entries; answer bullets under them are not")
    func headingsPerQuestion() {
        let text = """
        # Rust interview prep
        ## 1. How does Rust prevent data races?
        - Send and Sync
        - the borrow checker
        ## 2. What is Pin for?
        Pin keeps a value from moving.
        """
        let entries = parser.parse(text)
        #expect(entries.map(\.text) == ["How does Rust prevent data races?", "What is Pin for?"])
        #expect(entries.map(\.number) == [1, 2])
    }

    @Test("bullets without numbers, prose paragraphs and navigation are told apart")
    func bulletsAndProse() {
        let text = """
        * How does async/await work in Rust?
        * Describe interior mutability
        * Arc vs Rc in multithreaded code
        * Home
        This page lists common questions. Each answer was reviewed by engineers. Updated monthly.
        """
        let entries = parser.parse(text)
        #expect(entries.map(\.text) == ["How does async/await work in Rust?", "Describe interior mutability",
                                        "Arc vs Rc in multithreaded code"])
    }

    @Test("level labels: glued, bracketed, separated, leading")
    func levels() {
        #expect(LevelExtractor.split("How does X work?Senior") == ("How does X work?", "Senior"))
        #expect(LevelExtractor.split("Question 9Senior") == ("Question 9", "Senior"))
        #expect(LevelExtractor.split("How does X work? (staff)") == ("How does X work?", "Staff"))
        #expect(LevelExtractor.split("How does X work? | Mid-level") == ("How does X work?", "Mid-level"))
        #expect(LevelExtractor.split("[Junior] What is a slice?") == ("What is a slice?", "Junior"))
        #expect(LevelExtractor.split("Why is hard real-time hard") == ("Why is hard real-time hard", nil))
        #expect(LevelExtractor.split("How do senior engineers review code?") == ("How do senior engineers review code?", nil))
    }

    @Test("a page's section headings travel with the entries below them; a numbered heading that asks nothing is an entry")
    func sections() {
        let text = """
        # Indexing (VERY IMPORTANT)

        ### Q1. What is a covering index?
        ### Q2. What is index selectivity?
        ------
        # Locking & Concurrency

        ### Q3. What are gap locks?
        Practical tasks:
        ### Q4. Top N per group.
        """
        let entries = parser.parse(text)
        #expect(entries.map(\.number) == [1, 2, 3, 4])
        #expect(entries.map(\.section) == ["Indexing (VERY IMPORTANT)", "Indexing (VERY IMPORTANT)", "Locking & Concurrency", "Practical tasks"])
        #expect(entries.last?.text == "Top N per group.")
        let plain = parser.parse("1. What is a covering index?\n2. What is index selectivity?\n")
        #expect(plain.map(\.section) == [nil, nil])
    }

    @Test("questions as `#### Q.` headings, with answers, code and bullets between: the label goes, the answers are furniture")
    func questionLabels() {
        let text = """
        ## Multithreading Interview Questions

        #### Q. What are the states in the lifecycle of a Thread?
        A java thread can be in any of following thread states during its life cycle.

        * New
        * Runnable
        ```java
        Thread t = new Thread();
        ```
        #### Q. What is the difference between Process and Thread?
        Both processes and threads are independent sequences of execution.
        #### Question: What is ThreadLocal?
        """
        #expect(parser.parse(text).map(\.text) == [
            "What are the states in the lifecycle of a Thread?", "What is the difference between Process and Thread?", "What is ThreadLocal?",
        ])
    }

    @Test("a Markdown table: number, question, level and category columns; header, separator and navigation links are not entries")
    func tables() {
        let text = """
        1. [Top 100 Questions](#top-100-questions)
        2. [Coding Problems](#coding-problems)

        ## Foundation (1-25)

        | # | Question | Difficulty | Category |
        |---|----------|-----------|----------|
        | 1 | What is the difference between concurrency and parallelism? | Easy | Concepts |
        | 2 | What is a channel? Buffered vs unbuffered? | Easy | Channels |
        | 3 | How do you handle panics in goroutines? | Medium | Error Handling |
        """
        let entries = parser.parse(text)
        #expect(entries.map(\.number) == [1, 2, 3])
        #expect(entries.map(\.text) == ["What is the difference between concurrency and parallelism?", "What is a channel? Buffered vs unbuffered?",
                                        "How do you handle panics in goroutines?"])
        #expect(entries.map(\.level) == ["Easy", "Easy", "Medium"])
        #expect(entries.map(\.section) == ["Concepts", "Channels", "Error Handling"])
    }

    @Test("a Markdown table read by its header: the question, number, level (before difficulty) and category columns; a table of counts is no list")
    func tableHeaders() {
        let text = """
        ## Distribution

        | Category | Count |
        | :--- | :---: |
        | Architecture | 40 |
        | Troubleshooting | 30 |

        | # | Question | Difficulty | Level | Category | Deep Dive |
        |---|----------|------------|--------|----------|-----------|
        | 1 | How does the postmaster process model differ from thread-per-connection databases? | Medium | Senior Engineer | Architecture | [Architecture](/a/#q-1) |
        | 41 | What is your first step when p99 query latency doubles after a deploy? | Medium | Lead | Troubleshooting | [Troubleshooting](/t/#q-41) |
        | 71 | Explain partial indexes versus full B-tree indexes. | Easy | Senior Engineer | Performance | [Indexes](/i/#q-71) |

        | No. | Interview question (click to expand) | Tags |
        |-----|--------------------------------------|------|
        | 72 | What does a covering index hold | indexes |
        """
        let entries = parser.parse(text)
        #expect(entries.map(\.number) == [1, 41, 71, 72])
        #expect(entries.map(\.text) == [
            "How does the postmaster process model differ from thread-per-connection databases?",
            "What is your first step when p99 query latency doubles after a deploy?",
            "Explain partial indexes versus full B-tree indexes.", "What does a covering index hold",
        ])
        #expect(entries.map(\.level) == ["Senior Engineer", "Lead", "Senior Engineer", nil])
        #expect(entries.map(\.section) == ["Architecture", "Troubleshooting", "Performance", "indexes"])
    }

    @Test("an HTML table reads as a Markdown one, its header row naming the columns; a table that lays out a page keeps the page's lines")
    func htmlTables() {
        let rows = """
        <!DOCTYPE html><html><body><h1>PostgreSQL questions</h1>
        <table><thead><tr><th>#</th><th>Question</th><th>Level</th><th>Category</th></tr></thead><tbody>
        <tr><td>7</td><td><p>How does MVCC allow non-blocking reads?</p></td><td>Senior</td><td>Concurrency</td></tr>
        <tr><td>8</td><td>Which is faster | a partial index or a full one?</td><td>Lead</td><td>Performance</td></tr>
        </tbody></table></body></html>
        """
        let entries = parser.parse(rows)
        #expect(entries.map(\.number) == [7, 8])
        #expect(entries.map(\.text) == ["How does MVCC allow non-blocking reads?", "Which is faster / a partial index or a full one?"])
        #expect(entries.map(\.level) == ["Senior", "Lead"])
        #expect(entries.map(\.section) == ["Concurrency", "Performance"])
        let layout = """
        <!DOCTYPE html><html><body><table><tr><td><h2>Locks</h2><ol><li>What is a mutex?</li>
        <li>When does a lock convoy form?</li></ol></td><td>Sidebar</td></tr></table></body></html>
        """
        #expect(parser.parse(layout).map(\.text) == ["What is a mutex?", "When does a lock convoy form?"])
        #expect(parser.parse(layout).map(\.section) == ["Locks", "Locks"])
    }

    @Test("a list of links to anchors is a table of contents, even of questions; an item that links to its answer elsewhere is its label")
    func linkedItems() {
        let page = """
        ## Table of Contents

        1. [Explain ownership?](#q1) <span class="advanced">Advanced</span>
        2. [What is `Pin<P>` for?](#q2) <span class="advanced">Advanced</span>

        ### Q1: Explain ownership?
        Text of the answer.
        ### Q2: What is `Pin<P>` for?
        Text of the answer.
        """
        let entries = parser.parse(page)
        #expect(entries.map(\.number) == [1, 2])
        #expect(entries.map(\.text) == ["Explain ownership?", "What is `Pin<P>` for?"])
        let links = "## Networking\n\n- [What is the difference between TCP and UDP?](./trivia/tcp-vs-udp.md)\n- [What is a NIC?](./trivia/nic.md) Senior\n- [How does DNS resolve a name?](https://example.com/dns)\n"
        #expect(parser.parse(links).map(\.text) == ["What is the difference between TCP and UDP?", "What is a NIC?", "How does DNS resolve a name?"])
        #expect(parser.parse(links).map(\.level) == [nil, "Senior", nil])
    }

    @Test("among numbered question headings, an unnumbered heading that asks nothing is a section ('## Design Patterns'), not an entry")
    func unnumberedSectionHeading() {
        let questions = (1...10).map { "### \($0). What does case \($0) of the borrow checker reject?\n\nAn answer.\n" }.joined()
        let page = questions + "\n## Design Patterns\n\n### 11. Implement the Type State pattern.\n\n### 12. Is this numbered question kept?\n"
        let texts = parser.parse(page + "\n### Why is this one kept without a number?\n").map(\.text)
        #expect(!texts.contains("Design Patterns"))
        #expect(texts.contains("Implement the Type State pattern."))
        #expect(texts.last == "Why is this one kept without a number?")
    }

    @Test("numbered questions are the list even when unnumbered lines that ask are more (an answer's follow-ups); a numbered question in other markup fills its gap")
    func numberedQuestionsWin() {
        let page = (1...6).map { n in
            "### \(n)) What does coroutine rule \(n) say?\n\nAnswer:\n\nCross Q1: Why is rule \(n) needed?\n\nCross Q2: When does rule \(n) fail?\n\n***\n"
        }.joined()
        let entries = parser.parse(page)
        #expect(entries.map(\.number) == Array(1...6))
        #expect(entries.first?.text == "What does coroutine rule 1 say?")
        let mixed = (1...6).map { n in n == 4 ? "4. How do you trace a request across services?\n\nAn answer.\n" : "## \(n). How does service \(n) fail?\n\nAn answer.\n" }.joined()
        let found = parser.parse(mixed)
        #expect(found.map(\.number) == Array(1...6))
        #expect(found[3].text == "How do you trace a request across services?")
    }

    @Test("a comparison without a question mark is a question on a page of bare lines")
    func bareComparison() {
        let text = "How do you ensure message idempotency?\n\nDifference between commands and events.\n\nWhat is event sourcing?\n"
        #expect(parser.parse(text).map(\.text) == ["How do you ensure message idempotency?", "Difference between commands and events.", "What is event sourcing?"])
    }

    @Test("outline numbers (`- 1.1 What ...?`, `2.3 How ...?`) mark items; a decimal opening a sentence of prose does not")
    func outlineNumbers() {
        let text = """
        ## 1. Ownership and borrowing

        - 1.1 What are the three ownership rules?
        - 1.2 `String` vs `&str`?
        2.1 How do you store a reference in a struct?
        2.5 million requests per second is the target of the second part.
        """
        let entries = parser.parse(text)
        #expect(entries.map(\.text) == ["What are the three ownership rules?", "`String` vs `&str`?", "How do you store a reference in a struct?"])
        #expect(entries.allSatisfy { $0.section == "Ownership and borrowing" })
    }

    @Test("other page shapes: a number after a pictograph, a label inside bold, questions in <summary>, follow-ups indented under a question")
    func pageShapes() {
        let pictographs = "### 🧵 1. What are goroutines?\nThey are cheap.\n### 🔒 2. When is a mutex better than a channel?\n"
        #expect(parser.parse(pictographs).map(\.text) == ["What are goroutines?", "When is a mutex better than a channel?"])
        #expect(parser.parse(pictographs).map(\.number) == [1, 2])
        let bold = "**Q1. What is the JVM?**\nThe JVM runs bytecode.\n\n**Q2. What is a ClassLoader?**\nIt loads classes.\n"
        #expect(parser.parse(bold).map(\.text) == ["What is the JVM?", "What is a ClassLoader?"])
        let html = "<details>\n<summary>What is a goroutine?</summary>\nA thread.\n</details>\n<details><summary>How does `Option<T>` work?</summary>\n"
        #expect(parser.parse(html).map(\.text) == ["What is a goroutine?", "How does `Option<T>` work?"])
        let followUps = "1) What is eventual consistency?\n   - Follow-up: how do you test it?\n2) What is a quorum?\n"
        #expect(parser.parse(followUps).map(\.number) == [1, 2])
        // Under a heading that asks nothing, indented bullets are the questions.
        let nested = "1. Concurrency\n   - What is a mutex?\n   - What is a channel?\n2. Storage\n   - What is a B-tree?\n"
        #expect(parser.parse(nested).map(\.text) == ["Concurrency", "What is a mutex?", "What is a channel?", "Storage", "What is a B-tree?"])
    }

    @Test("an HTML page: list items and headings are lines, entities decoded, inline tags gone; head, script, navigation and footer dropped")
    func htmlPage() {
        let page = """
        <!DOCTYPE html><html><head><title>Storage questions</title><script>var q = "What is a trap?";</script></head>
        <body><nav><ul><li><a href="/">Home</a></li><li>What is new?</li></ul></nav>
        <h1>Storage engine interview questions</h1><!-- <li>What is hidden?</li> -->
        <h2>LSM trees</h2><ol><li>What is an LSM tree?</li><li>How does compaction work in <code>RocksDB</code>?</li>
        <li><p>Why do LSM trees have write &amp; space amplification?</p></li></ol>
        <h2>B-trees</h2><ul><li>What is a B+ tree and why do databases use it?</li><li>Why is <code>Vec&lt;T&gt;</code> not a B-tree?</li></ul>
        <footer><p>What is our privacy policy?</p></footer></body></html>
        """
        let entries = parser.parse(page)
        #expect(entries.map(\.text) == ["What is an LSM tree?", "How does compaction work in RocksDB?",
                                        "Why do LSM trees have write & space amplification?",
                                        "What is a B+ tree and why do databases use it?", "Why is Vec<T> not a B-tree?"])
        #expect(entries.map(\.section) == ["LSM trees", "LSM trees", "LSM trees", "B-trees", "B-trees"])
        // Questions as headings with answers in paragraphs, on a page without a doctype.
        let faq = "<h3>1. What is a WAL?</h3>\n<p>A log written before pages.</p>\n<h3>2. Why fsync?</h3>\n<p>Durability.</p>\n<h3>3. What is a memtable?</h3>\n"
        #expect(parser.parse(faq).map(\.text) == ["What is a WAL?", "Why fsync?", "What is a memtable?"])
        // A navigation element never closed loses its tag, not the page after it.
        let unclosed = "<html><body><nav><a href=\"/\">Home</a>\n<ol><li>What is a WAL?</li><li>Why fsync?</li><li>What is a memtable?</li></ol></body></html>"
        #expect(parser.parse(unclosed).map(\.text) == ["What is a WAL?", "Why fsync?", "What is a memtable?"])
        // Markdown with a few elements in it keeps its line breaks.
        let markdown = "<p align=\"center\">Rust questions</p>\n1. What is a move?\n2. What is a borrow?\n<p>Note</p>\n<p>Credits</p>\n"
        #expect(parser.parse(markdown).map(\.text) == ["What is a move?", "What is a borrow?"])
    }

    @Test("MediaWiki markup: `== Section ==` headings, `#` and `*` items")
    func mediaWiki() {
        let page = "= Go interview questions =\n== Goroutines ==\n# What is a goroutine?\n# What happens when main returns?\n== Channels ==\n# What is a buffered channel?\n* What is a nil channel for?\n"
        let entries = parser.parse(page)
        #expect(entries.map(\.text) == ["What is a goroutine?", "What happens when main returns?", "What is a buffered channel?", "What is a nil channel for?"])
        #expect(entries.map(\.section) == ["Goroutines", "Goroutines", "Channels", "Channels"])
    }

    @Test("a CSV or TSV file whose header names a question column: quoted cells, the level column kept, other columns dropped")
    func delimitedFiles() {
        let csv = "id,Question,Difficulty,Topic\n1,\"What is a mutex, and when is it fair?\",Senior,concurrency\n2,\"What does \"\"Pin\"\" promise?\",,async\n3,What is an LSM tree?,Staff,storage\n"
        let entries = parser.parse(csv)
        #expect(entries.map(\.text) == ["What is a mutex, and when is it fair?", "What does \"Pin\" promise?", "What is an LSM tree?"])
        #expect(entries.map(\.level) == ["Senior", nil, "Staff"])
        let tsv = "question\tlevel\nWhat is a future?\tIntermediate\nWhat is a waker?\tSenior\n"
        #expect(parser.parse(tsv).map(\.text) == ["What is a future?", "What is a waker?"])
        // A first line with commas that names no question column is a list's title.
        let titled = "Rust questions, 2025 edition\n1. What is a move?\n2. What is a borrow?\n"
        #expect(parser.parse(titled).map(\.text) == ["What is a move?", "What is a borrow?"])
    }

    @Test("more number labels: `12 What`, `[12]`, `(12)`, `#12`, `Q12 What`, `IV.` before a question, `12、`; an inline answer goes")
    func numberLabels() {
        let shapes = [
            "1 What is a goroutine?\n2 How does select work?\n3 Why buffer a channel?\n",
            "[1] What is a goroutine?\n[2] How does select work?\n[3] Why buffer a channel?\n",
            "(1) What is a goroutine?\n(2) How does select work?\n(3) Why buffer a channel?\n",
            "#1 What is a goroutine?\n#2 How does select work?\n#3 Why buffer a channel?\n",
            "Q1 What is a goroutine?\nQ2 How does select work?\nQ3 Why buffer a channel?\n",
            "I. What is a goroutine?\nII. How does select work?\nIII. Why buffer a channel?\n",
            "1、What is a goroutine?\n2、How does select work?\n3、Why buffer a channel?\n",
            "Q: What is a goroutine? A: A green thread.\nQ: How does select work? A: It waits.\nQ: Why buffer a channel? Answer: Slack.\n",
        ]
        for text in shapes {
            #expect(parser.parse(text).map(\.text) == ["What is a goroutine?", "How does select work?", "Why buffer a channel?"], "\(text)")
        }
        #expect(parser.parse(shapes[5]).map(\.number) == [1, 2, 3])
        // A number before words that open no question keeps them: "3 ways to share state" is a title.
        #expect(ListParser.leadingNumber("3 ways to share state") == (nil, "3 ways to share state"))
        #expect(ListParser.leadingNumber("II. Basics") == (nil, "II. Basics"))
    }

    @Test("a numbered item is an entry even when it reads like page furniture ('9. Unlock 50 more questions'); a numbered link is not")
    func numberedFurniture() {
        let text = "1. What is a goroutine?\n2. Unlock 50 more questions with Pro\n3. Sign in to view this question\n4. [Channels](#channels)\n5. What is select?\n"
        #expect(parser.parse(text).map(\.number) == [1, 2, 3, 5])
    }

    @Test("lettered items (`a) `, `(b) `) are list items")
    func letteredItems() {
        let text = "Rust loop 2025\na) How does the borrow checker reject aliasing?\n(b) What is Pin for?\nc) Explain Send and Sync.\n"
        #expect(parser.parse(text).map(\.text) == ["How does the borrow checker reject aliasing?", "What is Pin for?", "Explain Send and Sync."])
    }

    @Test("an indented line right under an unfinished item continues it; code and finished items stay apart")
    func continuationLines() {
        let wrapped = """
        ### 8. In main, a loop starts goroutines f1 and f2 and
            then prints "done": what is the output?
        ### 9. How do you fix it?
        """
        #expect(parser.parse(wrapped).map(\.text) == ["In main, a loop starts goroutines f1 and f2 and then prints \"done\": what is the output?", "How do you fix it?"])
        let code = "1. What does this print\n    fmt.Println(x);\n2. Why does the loop never end?\n   It waits on a channel.\n"
        #expect(parser.parse(code).map(\.text) == ["What does this print", "Why does the loop never end?"])
    }
}
