#!/usr/bin/env node
// Starts dynalite (the DynamoDB-API server pinned in package.json) the way the tests and local runs need it:
// on 127.0.0.1 unless told otherwise, tables ready at once, and alive when a client gives up mid-request.
//
// dynalite 4.0.0 rethrows an error on a request's stream ("aborted", ECONNRESET: the client hung up before its
// body was read), which ends the whole process; the skill's own timeouts hang up exactly like that. Here such a
// request is dropped and the server goes on.
//
// Usage: node src/test/node/dynalite-server.js [--port P] [--host H] [--path DIR]
//   --port  0 (the default) picks a free port; the "listening" line names the one chosen
//   --host  127.0.0.1 by default; pass another address only to reach it from elsewhere (a container)
//   --path  keep the tables in a LevelDB database in DIR (in memory by default)

'use strict'

const dynalite = require('dynalite')

function option (name, fallback) {
  const at = process.argv.indexOf('--' + name)
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback
}

const host = option('host', '127.0.0.1')
const port = Number(option('port', '0'))
const path = option('path', undefined)

const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })

// Runs before dynalite's own handler: its listener for the request stream's errors throws, so it is swapped for
// one that only notes the client went away. Nothing is answered on a connection that is gone.
server.prependListener('request', (req) => {
  const on = req.on
  req.on = function (event, listener) {
    if (event === 'error') {
      return on.call(this, event, () => {})
    }
    return on.call(this, event, listener)
  }
})

// A malformed request or a connection reset before any request: close that connection, never the server.
server.on('clientError', (err, socket) => {
  if (socket.writable && err.code !== 'ECONNRESET') {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
  }
  socket.destroy()
})

server.on('error', (err) => {
  console.error('dynalite could not start: ' + err.message)
  process.exit(1)
})

server.listen(port, host, () => {
  const address = server.address()
  console.log('Dynalite listening at: http://' + address.address + ':' + address.port)
})

// Stopped: close the store (a LevelDB one is flushed) without waiting for idle keep-alive connections.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    setTimeout(() => process.exit(0), 2000).unref()
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
