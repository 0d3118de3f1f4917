#include "model/GraphLayout.h"

#include "model/commands/AutoLayoutCommand.h"
#include "UndoTestSupport.h"

#include <chrono>
#include <cstdio>
#include <random>

using namespace nw;
using namespace nw::test;

namespace {

// n ReLU nodes (any single-input type would do) and Add nodes for fan-in, with
// random edges that always point from a lower to a higher index, so a DAG.
QStringList randomDag(NetworkGraphModel& model, int n, unsigned seed)
{
    std::mt19937 rng(seed);
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids << model.addNode(i % 4 == 3 ? QStringLiteral("Add") : QStringLiteral("ReLU"),
            QPointF(double(rng() % 2000), double(rng() % 2000)));
    for (int i = 1; i < n; ++i) {
        const int ports = i % 4 == 3 ? 3 : 1;
        for (int port = 0; port < ports; ++port) {
            const int from = std::max(0, i - 1 - int(rng() % std::min(i, 40)));
            model.addEdge({ ids[from], ids[i], port });
        }
    }
    return ids;
}

} // namespace

TEST(GraphLayout, ChainGoesLeftToRightInOneRow)
{
    NetworkGraphModel model;
    const QStringList ids = buildSmallCnn(model);
    const QHash<QString, QPointF> p = GraphLayout::layeredPositions(model, 200, 100);
    ASSERT_EQ(p.size(), ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        EXPECT_DOUBLE_EQ(p.value(ids[i]).x(), 200.0 * i); // old left edge was 0
        EXPECT_DOUBLE_EQ(p.value(ids[i]).y(), 10.0); // old vertical middle
    }
}

TEST(GraphLayout, BranchesAreCentredAndUncrossed)
{
    NetworkGraphModel model;
    const QString in = model.addNode(QStringLiteral("Input"), { 0, 0 });
    const QString a = model.addNode(QStringLiteral("ReLU"));
    const QString b = model.addNode(QStringLiteral("Tanh"));
    const QString a2 = model.addNode(QStringLiteral("ReLU"));
    const QString b2 = model.addNode(QStringLiteral("Tanh"));
    const QString add = model.addNode(QStringLiteral("Add"));
    for (const EdgeData& e :
        QVector<EdgeData> { { in, a, 0 }, { in, b, 0 }, { b, b2, 0 }, { a, a2, 0 }, { b2, add, 0 }, { a2, add, 1 } })
        ASSERT_TRUE(model.addEdge(e));
    const QHash<QString, QPointF> p = GraphLayout::layeredPositions(model, 220, 140);
    EXPECT_EQ(p.value(add).x(), 3 * 220.0);
    EXPECT_EQ(p.value(in).y(), 0.0);
    EXPECT_EQ(p.value(add).y(), 0.0);
    EXPECT_EQ(std::abs(p.value(a).y()), 70.0);
    // No crossing: each branch keeps its side of the row.
    EXPECT_EQ(p.value(a).y(), p.value(a2).y());
    EXPECT_EQ(p.value(b).y(), p.value(b2).y());
}

TEST(GraphLayout, CyclesSelfLoopsAndDisconnectedPartsTerminate)
{
    NetworkGraphModel model;
    QString error;
    ASSERT_TRUE(model.fromJson(parseJson(R"({"nodes": [
        {"id": "a", "type": "ReLU", "params": {}, "position": [0, 0]},
        {"id": "b", "type": "ReLU", "params": {}, "position": [0, 0]},
        {"id": "c", "type": "Add", "params": {}, "position": [0, 0]},
        {"id": "d", "type": "Sigmoid", "params": {}, "position": [0, 0]},
        {"id": "e", "type": "Sigmoid", "params": {}, "position": [0, 0]}],
        "edges": [{"from": "a", "to": "b", "port": 0}, {"from": "b", "to": "c", "port": 0},
                  {"from": "c", "to": "a", "port": 0}, {"from": "c", "to": "c", "port": 1},
                  {"from": "ghost", "to": "d", "port": 0}, {"from": "e", "to": "e", "port": 0}]})"),
        &error))
        << error.toStdString();
    const QHash<QString, QPointF> p = GraphLayout::layeredPositions(model);
    EXPECT_EQ(p.size(), 5);
    // The cycle is cut at its back edge c -> a, so a, b, c still go left to right.
    EXPECT_LT(p.value(QStringLiteral("a")).x(), p.value(QStringLiteral("b")).x());
    EXPECT_LT(p.value(QStringLiteral("b")).x(), p.value(QStringLiteral("c")).x());
    // Two nodes never share a place.
    QSet<QPair<double, double>> places;
    for (const QPointF& q : p)
        places.insert({ q.x(), q.y() });
    EXPECT_EQ(places.size(), 5);
}

TEST(GraphLayout, ThousandNodeDagIsFastAndEveryEdgePointsRight)
{
    NetworkGraphModel model;
    randomDag(model, 1000, 42);
    ASSERT_GT(model.edges().size(), 1000);
    const auto start = std::chrono::steady_clock::now();
    const QHash<QString, QPointF> p = GraphLayout::layeredPositions(model);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("layout of 1000 nodes, %lld edges: %.2f ms\n", static_cast<long long>(model.edges().size()), ms);
    ASSERT_EQ(p.size(), 1000);
    for (const EdgeData& e : model.edges())
        EXPECT_LT(p.value(e.from).x(), p.value(e.to).x()) << e.from.toStdString() << " -> " << e.to.toStdString();

    // The same as one undoable step.
    const std::string before = jsonText(model);
    QUndoStack stack;
    const auto commandStart = std::chrono::steady_clock::now();
    stack.push(new AutoLayoutCommand(&model));
    std::printf("AutoLayoutCommand on it: %.2f ms\n",
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - commandStart).count());
    EXPECT_EQ(model.node(QStringLiteral("relu1"))->position, p.value(QStringLiteral("relu1")));
    stack.undo();
    EXPECT_EQ(jsonText(model), before);
}

TEST(GraphLayout, ThousandNodeGraphWithCyclesTerminates)
{
    NetworkGraphModel model;
    const QStringList ids = randomDag(model, 1000, 7);
    // Close cycles: later nodes feed the free fourth port of earlier Adds.
    int backEdges = 0;
    for (int j = 23; j + 30 < 1000; j += 4) // ids[j] is an Add (j % 4 == 3)
        backEdges += model.addEdge({ ids[j + 30], ids[j], 3 }) ? 1 : 0;
    ASSERT_GT(backEdges, 200);
    const auto start = std::chrono::steady_clock::now();
    const QHash<QString, QPointF> p = GraphLayout::layeredPositions(model);
    std::printf("layout of %lld nodes with cycles: %.2f ms\n", static_cast<long long>(model.nodes().size()),
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    EXPECT_EQ(p.size(), model.nodes().size());
}
