#pragma once
// Turns the network document into an engine graph through the LayerRegistry,
// and everything that is wrong with it into messages tied to node ids: unknown
// types and bad parameters found here, wiring, cycles and shapes found by
// nw::Graph::compile(). The editor runs it after every edit to show shapes on
// edges and errors on nodes; the training session runs it on Start to get the
// graph it trains. Stateless and cheap: whoever compiles makes one on the stack.
// compile() only reads the model, so it may run on a copy in another thread.
#include "CompileResult.h"

namespace nw {

class LayerRegistry;
class NetworkGraphModel;

class GraphCompiler {
public:
    GraphCompiler();
    // The registry must outlive the compiler.
    explicit GraphCompiler(const LayerRegistry& registry);

    CompileResult compile(const NetworkGraphModel& model) const;

private:
    const LayerRegistry& m_registry;
};

} // namespace nw
