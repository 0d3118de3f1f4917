#pragma once
// The decoder half of an autoencoder, run on its own: finds the bottleneck (the
// narrowest node on the chain from the input to the output) and runs the layers
// after it on codes given from outside, so a point picked in the latent space
// becomes an image. Works on an engine Graph in evaluation mode and only calls its
// layers' forward(); the caller owns the graph and runs one decode at a time.
#include "engine/Graph.h"
#include "engine/ThreadPool.h"

#include <optional>
#include <string>
#include <vector>

namespace nw {

struct Bottleneck {
    std::string id;
    Shape shape; // its sample shape
};

// The narrowest node strictly between the input and the output (the last one when
// several tie, so a Dense(2) followed by a Tanh gives the Tanh), provided the graph
// is a single chain there: every node after it takes exactly one input. Nullopt
// for graphs of another form (branches, several inputs) and when no node is
// narrower than both the input and the output (no bottleneck: an overcomplete,
// e.g. denoising, autoencoder).
std::optional<Bottleneck> findBottleneck(const Graph& graph);

class LatentDecoder {
public:
    // Throws EngineError when the nodes after `bottleneckId` are not a chain to the
    // output. The graph must be compiled and outlive the decoder.
    LatentDecoder(Graph& graph, std::string bottleneckId);

    const std::string& bottleneckId() const { return m_bottleneck; }
    Shape codeShape() const { return m_graph.nodeShape(m_bottleneck); }
    // Outputs [n, output...] for codes [n, code...] (evaluation mode).
    Tensor decode(const Tensor& codes, ThreadPool& pool);

private:
    Graph& m_graph;
    std::string m_bottleneck;
    std::vector<std::string> m_decoder; // the nodes after the bottleneck, in order
};

} // namespace nw
