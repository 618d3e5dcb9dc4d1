import Dispatch
import Hummingbird
import HummingbirdCore
import Logging
import NIOPosix
import JourneyCheckCore
import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The room's web server (Hummingbird 2): the phones' page and their votes, on the laptop's
/// address. Everything is under the room's code (`/CODE`); anything else is 404. It runs on
/// its own threads until `close()` and tells the wall about votes through `onVote`, which
/// answers whether the counts were kept (journaled); only then is the phone told "counted".
public final class RoomServer: Sendable {
    public let board: RoomBoard
    public let url: String
    private let task: Task<Void, any Error>

    /// Limits for a shared network.
    public static let maxBody = 1024
    public static let maxConnections = 256
    public static let idleSeconds: Int64 = 20
    /// Votes a phone may send in ten seconds.
    public static let votesPerWindow = 20

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Open the room: listen on `bind` (default: the laptop's LAN address) and `port` (0: any
    /// free port), and return once it listens.
    public static func open(
        board: RoomBoard, bind: String? = nil, port: Int = 0, language: Language,
        onVote: @escaping @Sendable (Question, Votes) async -> Bool
    ) throws(Failure) -> RoomServer {
        let host = bind ?? lanAddress() ?? "127.0.0.1"
        let ready = DispatchSemaphore(value: 0)
        let bound = Mutex<Result<Int, Failure>?>(nil)
        let router = routes(board: board, language: language, onVote: onVote)
        // One network thread, at the lowest priority (SCHED_IDLE): a flood of requests waits
        // for the wall, never the wall for the flood.
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        #if os(Linux)
        group.next().execute {
            var param = sched_param()
            _ = pthread_setschedparam(pthread_self(), 5 /* SCHED_IDLE, behind _GNU_SOURCE */, &param)
        }
        #endif
        let app = Application(
            router: router,
            server: .http1(
                configuration: .init(
                    idleTimeout: .seconds(idleSeconds),
                    httpDecoderConfiguration: .init(
                        maxHeaderFieldSize: 4096, maxHeaderListSize: 16 * 1024, maxHeaderFieldCount: 64))),
            configuration: .init(
                address: .hostname(host, port: port), serverName: nil, backlog: 64,
                availableConnectionsDelegate: MaximumAvailableConnections(maxConnections)),
            onServerRunning: { channel in
                bound.withLock { $0 = .success(channel.localAddress?.port ?? port) }
                ready.signal()
            },
            eventLoopGroupProvider: .shared(group),
            logger: Logger(label: "journeycheck.room", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let task = Task.detached {
            do { try await app.run() } catch {
                bound.withLock { if $0 == nil { $0 = .failure(Failure(description: "\(error)")) } }
                ready.signal()
                throw error
            }
        }
        if ready.wait(timeout: .now() + 10) == .timedOut {
            task.cancel()
            throw Failure(description: "the server did not start within 10 seconds")
        }
        switch bound.withLock({ $0 }) {
        case .success(let p)?:
            let shown = host.contains(":") ? "[\(host)]" : host
            return RoomServer(board: board, url: "http://\(shown):\(p)/\(board.code)", task: task)
        case .failure(let f)?:
            throw f
        case nil:
            throw Failure(description: "the server did not start")
        }
    }

    private init(board: RoomBoard, url: String, task: Task<Void, any Error>) {
        self.board = board
        self.url = url
        self.task = task
    }

    /// Stop listening; open connections are closed.
    public func close() { task.cancel() }

    /// The first IPv4 address of an interface that is up and not the loopback.
    public static func lanAddress() -> String? {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return nil }
        defer { freeifaddrs(list) }
        var p: UnsafeMutablePointer<ifaddrs>? = first
        while let i = p {
            defer { p = i.pointee.ifa_next }
            let flags = Int32(i.pointee.ifa_flags)
            guard let addr = i.pointee.ifa_addr, addr.pointee.sa_family == sa_family_t(AF_INET),
                flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0
            else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(
                addr, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST)
                == 0
            {
                return String(cString: host)
            }
        }
        return nil
    }
}
