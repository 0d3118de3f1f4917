// Graph editor benchmark: builds 1,000- and 5,000-node networks, loads them into
// the editor (model reset -> scene rebuild -> compile), lays them out with
// AutoLayoutCommand, draws them (grab), pans and zooms, and re-validates a
// 200-node network. Prints milliseconds; no pass/fail (see bench/README.md).
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "graph/GraphEditorWidget.h"
#include "graph/GraphEdits.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"

#include "model/NetworkDocument.h"
#include "model/NetworkGraphModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QScrollBar>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace nw;

namespace {

QJsonObject node(const QString& id, const QString& type, QJsonObject params = {})
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("type"), type }, { QStringLiteral("params"), params },
        { QStringLiteral("position"), QJsonArray { 0, 0 } } };
}

QJsonObject edge(const QString& from, const QString& to, int port = 0)
{
    return { { QStringLiteral("from"), from }, { QStringLiteral("to"), to }, { QStringLiteral("port"), port } };
}

// A valid residual MLP: input -> dense, then blocks of dense -> relu -> add(skip),
// so the layout has merges and the compiler has real shapes to infer.
QJsonObject residualNetwork(int nodeCount)
{
    QJsonArray nodes;
    QJsonArray edges;
    nodes.append(node(QStringLiteral("input"), QStringLiteral("Input"),
        { { QStringLiteral("shape"), QJsonArray { 32 } } }));
    nodes.append(node(QStringLiteral("stem"), QStringLiteral("Dense"), { { QStringLiteral("units"), 32 } }));
    edges.append(edge(QStringLiteral("input"), QStringLiteral("stem")));
    QString last = QStringLiteral("stem");
    int n = 2;
    for (int block = 0; n + 3 <= nodeCount; ++block, n += 3) {
        const QString dense = QStringLiteral("d%1").arg(block);
        const QString relu = QStringLiteral("r%1").arg(block);
        const QString add = QStringLiteral("a%1").arg(block);
        nodes.append(node(dense, QStringLiteral("Dense"), { { QStringLiteral("units"), 32 } }));
        nodes.append(node(relu, QStringLiteral("ReLU")));
        nodes.append(node(add, QStringLiteral("Add")));
        edges.append(edge(last, dense));
        edges.append(edge(dense, relu));
        edges.append(edge(relu, add, 0));
        edges.append(edge(last, add, 1));
        last = add;
    }
    for (; n < nodeCount; ++n) {
        const QString relu = QStringLiteral("tail%1").arg(n);
        nodes.append(node(relu, QStringLiteral("ReLU")));
        edges.append(edge(last, relu));
        last = relu;
    }
    return { { QStringLiteral("nodes"), nodes }, { QStringLiteral("edges"), edges } };
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The value below which a fraction `p` of the samples lie (nearest rank).
double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

void benchmark(int nodeCount)
{
    const QJsonObject json = residualNetwork(nodeCount);
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    QUndoStack& stack = *document.undoStack();
    GraphEditorWidget editor(&document);
    editor.resize(1600, 1000);
    editor.show();
    QApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!model.fromJson(json, &error)) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(error));
        return;
    }
    document.compileNow();
    const double load = ms(timer);

    timer.restart();
    GraphEdits::autoLayout(&stack, &model);
    document.compileNow();
    const double layout = ms(timer);

    timer.restart();
    editor.fitToView();
    const QPixmap fitted = editor.grab();
    const double drawFit = ms(timer);

    editor.view()->setZoom(1.0);
    editor.view()->centerOn(editor.scene()->graphBounds().center());
    timer.restart();
    const QPixmap actual = editor.grab();
    const double drawActual = ms(timer);

    // Pan at 100%: the common case while editing. Each frame timed on its own:
    // p50 is the feel, p99 the hitches.
    QWidget* viewport = editor.view()->viewport();
    QScrollBar* h = editor.view()->horizontalScrollBar();
    constexpr int frames = 120;
    std::vector<double> panActual;
    for (int i = 0; i < frames; ++i) {
        timer.restart();
        h->setValue(h->value() + (i < frames / 2 ? 25 : -25));
        viewport->repaint();
        panActual.push_back(ms(timer));
    }

    // Pan zoomed out with every card on screen: the worst case.
    editor.fitToView();
    viewport->repaint();
    std::vector<double> panFit;
    for (int i = 0; i < frames; ++i) {
        timer.restart();
        h->setValue(h->value() + (i % 2 ? 15 : -15));
        viewport->repaint();
        panFit.push_back(ms(timer));
    }

    // Zoom in from the fitted view to 100% and back, about the centre.
    constexpr int zoomSteps = 40;
    std::vector<double> zoom;
    for (int i = 0; i < zoomSteps; ++i) {
        timer.restart();
        editor.view()->zoomBy(i < zoomSteps / 2 ? 1.15 : 1 / 1.15, viewport->rect().center());
        viewport->repaint();
        zoom.push_back(ms(timer));
    }

    std::printf("%5d nodes, %5lld edges: load %7.1f ms  layout %7.1f ms  draw(fit %3.0f%%) %7.1f ms  draw(100%%) %6.1f ms\n",
        nodeCount, static_cast<long long>(model.edges().size()), load, layout, editor.view()->zoom() * 100, drawFit,
        drawActual);
    std::printf("      per frame, p50 / p99:  pan(100%%) %6.2f / %6.2f ms  pan(fit) %6.2f / %6.2f ms"
                "  zoom %6.2f / %6.2f ms\n",
        percentile(panActual, 0.5), percentile(panActual, 0.99), percentile(panFit, 0.5), percentile(panFit, 0.99),
        percentile(zoom, 0.5), percentile(zoom, 0.99));
    Q_UNUSED(fitted);
    Q_UNUSED(actual);
}

void revalidation(int nodeCount)
{
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    GraphScene scene(&document);
    QString error;
    model.fromJson(residualNetwork(nodeCount), &error);
    document.compileNow();
    constexpr int runs = 50;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i) {
        model.setNodeParameter(QStringLiteral("stem"), QStringLiteral("units"), 32 + (i % 2));
        document.compileNow();
    }
    std::printf("%5d nodes: re-validation after an edit (compile + update every card and edge) %.2f ms\n", nodeCount,
        ms(timer) / runs);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    revalidation(200);
    benchmark(1000);
    benchmark(5000);
    return 0;
}
