# Port checks shared by ./platform and deploy/local/bin/rocketmq.sh (sourced, not run).

# true when something accepts TCP connections on 127.0.0.1:$1
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# true when a server could not bind port $1: something listens there, or (seen with ss, when the machine has it) an
# open connection uses it as its local port. The kernel hands out 32768–60999 for outgoing connections, so a port in
# that range can be held by, say, a pooled database connection, and a bind to it fails however often it is retried.
port_in_use() {
  port_open "$1" && return 0
  command -v ss >/dev/null 2>&1 && [[ -n "$(ss -Htn "( sport = :$1 )" 2>/dev/null)" ]]
}
