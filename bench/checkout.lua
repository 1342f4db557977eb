-- wrk script: each request checks out one of the prepared carts (CARTS_FILE), round-robin per thread.
local carts = {}
local next_index = 1
local step = 1

function setup(thread)
  thread:set("offset", thread_count_so_far or 0)
  thread_count_so_far = (thread_count_so_far or 0) + 1
end

function init(args)
  for line in io.lines(os.getenv("CARTS_FILE")) do
    local id, token = line:match("^(%S+) (%S+)$")
    carts[#carts + 1] = { id = id, token = token }
  end
  next_index = (offset or 0) + 1
  step = tonumber(os.getenv("WRK_THREADS") or "2")
end

function request()
  local cart = carts[next_index]
  next_index = next_index + step
  if cart == nil then
    next_index = (offset or 0) + 1
    cart = carts[next_index]
  end
  local body = string.format(
    '{"cartId":"%s","contact":{"name":"Bench Customer","email":"bench@example.com"},'
    .. '"shippingAddress":{"name":"Bench Customer","line1":"Main Street 1","postalCode":"10115",'
    .. '"city":"Berlin","country":"DE"}}', cart.id)
  return wrk.format("POST", "/api/v1/checkout",
    { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["X-Cart-Token"] = cart.token },
    body)
end

function done(summary, latency, requests)
  local codes = summary.errors.status
  io.write(string.format("non-2xx/3xx: %d\n", codes))
end
