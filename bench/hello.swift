// The baseline for start-up time: a Swift program that imports Foundation and prints one line.
import Foundation

print("hello, \(ProcessInfo.processInfo.processName)")
