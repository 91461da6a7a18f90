import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from "../../lib/contract/events";

export type BayanIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type BayanSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
