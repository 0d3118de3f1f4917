#include "GraphLayout.h"

#include "NetworkGraphModel.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace nw {

namespace {

// Adjacency in compressed rows: neighbours of node i are list[start[i] .. start[i + 1]).
struct Adjacency {
    std::vector<int> start;
    std::vector<int> list;

    Adjacency(int n, const std::vector<std::pair<int, int>>& edges, bool forward)
        : start(n + 1, 0)
        , list(edges.size())
    {
        for (const auto& [a, b] : edges)
            ++start[(forward ? a : b) + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (const auto& [a, b] : edges)
            list[fill[forward ? a : b]++] = forward ? b : a;
    }

    const int* begin(int i) const { return list.data() + start[i]; }
    const int* end(int i) const { return list.data() + start[i + 1]; }
};

// Edges that do not close a cycle: everything but the back edges of a depth-first
// search started from the sources (in model order), then from whatever is left.
std::vector<std::pair<int, int>> acyclicEdges(int n, const std::vector<std::pair<int, int>>& edges)
{
    const Adjacency out(n, edges, true);
    std::vector<int> inDegree(n, 0);
    for (const auto& e : edges)
        ++inDegree[e.second];
    enum : char { Unseen, OnStack, Done };
    std::vector<char> state(n, Unseen);
    std::vector<std::pair<int, int>> kept;
    kept.reserve(edges.size());
    std::vector<std::pair<int, const int*>> stack; // node, next neighbour to visit

    auto visit = [&](int root) {
        if (state[root] != Unseen)
            return;
        state[root] = OnStack;
        stack.push_back({ root, out.begin(root) });
        while (!stack.empty()) {
            auto& [u, next] = stack.back();
            if (next == out.end(u)) {
                state[u] = Done;
                stack.pop_back();
                continue;
            }
            const int v = *next++;
            if (state[v] == OnStack)
                continue; // a back edge closes a cycle
            kept.push_back({ u, v });
            if (state[v] == Unseen) {
                state[v] = OnStack;
                stack.push_back({ v, out.begin(v) });
            }
        }
    };
    for (int i = 0; i < n; ++i)
        if (inDegree[i] == 0)
            visit(i);
    for (int i = 0; i < n; ++i)
        visit(i);
    return kept;
}

} // namespace

QHash<QString, QPointF> GraphLayout::layeredPositions(
    const NetworkGraphModel& model, double columnSpacing, double rowSpacing)
{
    const QVector<NodeData>& nodes = model.nodes();
    const int n = int(nodes.size());
    QHash<QString, QPointF> positions;
    if (n == 0)
        return positions;

    std::vector<std::pair<int, int>> edges;
    edges.reserve(model.edges().size());
    for (const EdgeData& e : model.edges()) {
        const qsizetype a = model.indexOfNode(e.from);
        const qsizetype b = model.indexOfNode(e.to);
        if (a >= 0 && b >= 0 && a != b)
            edges.push_back({ int(a), int(b) });
    }
    edges = acyclicEdges(n, edges);
    const Adjacency out(n, edges, true);
    const Adjacency in(n, edges, false);

    // Longest-path layering in topological order (Kahn; the edges are acyclic now).
    std::vector<int> layer(n, 0);
    std::vector<int> pending(n, 0);
    for (const auto& e : edges)
        ++pending[e.second];
    std::vector<int> order;
    order.reserve(n);
    for (int i = 0; i < n; ++i)
        if (pending[i] == 0)
            order.push_back(i);
    for (size_t k = 0; k < order.size(); ++k) {
        const int u = order[k];
        for (const int* v = out.begin(u); v != out.end(u); ++v) {
            layer[*v] = std::max(layer[*v], layer[u] + 1);
            if (--pending[*v] == 0)
                order.push_back(*v);
        }
    }

    const int layerCount = *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<int>> columns(layerCount);
    for (const int u : order) // topological order is a good first guess: parents before children
        columns[layer[u]].push_back(u);

    // Row of each node, centred on 0 so columns of different heights compare.
    std::vector<double> row(n, 0.0);
    auto place = [&](const std::vector<int>& column) {
        const double middle = (double(column.size()) - 1) / 2;
        for (size_t i = 0; i < column.size(); ++i)
            row[column[i]] = double(i) - middle;
    };
    for (const auto& column : columns)
        place(column);

    std::vector<double> key(n, 0.0);
    auto sweep = [&](int column, const Adjacency& neighbours) {
        for (const int u : columns[column]) {
            const int* b = neighbours.begin(u);
            const int* e = neighbours.end(u);
            double sum = 0;
            for (const int* v = b; v != e; ++v)
                sum += row[*v];
            key[u] = b == e ? row[u] : sum / double(e - b); // an unconnected node keeps its place
        }
        std::stable_sort(columns[column].begin(), columns[column].end(), [&](int a, int b) { return key[a] < key[b]; });
        place(columns[column]);
    };
    for (int pass = 0; pass < 4; ++pass) {
        if (pass % 2 == 0)
            for (int c = 1; c < layerCount; ++c)
                sweep(c, in);
        else
            for (int c = layerCount - 2; c >= 0; --c)
                sweep(c, out);
    }

    double left = std::numeric_limits<double>::max();
    double top = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();
    for (const NodeData& node : nodes) {
        left = std::min(left, node.position.x());
        top = std::min(top, node.position.y());
        bottom = std::max(bottom, node.position.y());
    }
    const double middle = (top + bottom) / 2;
    positions.reserve(n);
    for (int i = 0; i < n; ++i)
        positions.insert(nodes[i].id, QPointF(left + layer[i] * columnSpacing, middle + row[i] * rowSpacing));
    return positions;
}

} // namespace nw
