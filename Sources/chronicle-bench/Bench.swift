import Chronicle
import Foundation

/// `swift run -c release chronicle-bench`: speed of Chronicle's stages, one core.
@main
enum Bench {
    static func main() {
        print("chronicle-bench: no benchmarks yet")
    }
}
