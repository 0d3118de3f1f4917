// Renders the editor with every example project, and an error state with the
// palette, inspector and problems list around it, to PNGs. They land in the build
// tree; with NETWRIGHT_UPDATE_SCREENSHOTS=1 they replace docs/screenshots/ (the
// committed ones, which the user guide shows). Fonts differ between machines, so
// the images are not compared, only produced and checked for size.
#include "WidgetTestSupport.h"

#include "graph/GraphEditorWidget.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/LayerPalette.h"
#include "graph/NodeInspector.h"
#include "graph/ProblemsPanel.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QSplitter>
#include <QUndoStack>

#include <algorithm>

using namespace nw;

namespace {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIntValue("NETWRIGHT_UPDATE_SCREENSHOTS")
        ? QStringLiteral(NETWRIGHT_SOURCE_DIR "/docs/screenshots")
        : QStringLiteral(NETWRIGHT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

void settle(QWidget& widget)
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    widget.update();
    QApplication::processEvents();
}

} // namespace

TEST(Screenshots, EditorWithEveryExample)
{
    const QStringList names = test::exampleNames();
    ASSERT_FALSE(names.isEmpty());
    for (const QString& name : names) {
        NetworkDocument document;
        NetworkGraphModel& model = *document.model();
        QString error;
        ASSERT_TRUE(model.fromJson(test::exampleGraph(name), &error)) << name.toStdString() << error.toStdString();
        GraphEditorWidget editor(&document);
        // Sized so the fitted graph shows at about 80%: long chains make wide images,
        // but their text stays readable.
        const QRectF bounds = editor.scene()->graphBounds();
        const int width = std::clamp(int(bounds.width() * 0.8) + 140, 900, 2400);
        const int height = std::clamp(int(bounds.height() * 0.8) + 200, 360, 900);
        editor.resize(width, height);
        editor.show();
        settle(editor);
        editor.fitToView();
        settle(editor);
        EXPECT_TRUE(document.compileResult().ok()) << name.toStdString() << ": "
                                                          << document.compileResult().summary().toStdString();
        const QImage image = editor.grab().toImage();
        ASSERT_EQ(image.width(), width);
        EXPECT_TRUE(image.save(screenshotDir() + QStringLiteral("/editor-%1.png").arg(name)));
    }
}

TEST(Screenshots, ErrorStateWithPanels)
{
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    test::buildMissingFlatten(model);
    model.addNode(QStringLiteral("Softmax"), { 720, 0 }, {}, QStringLiteral("softmax"));
    model.addEdge({ QStringLiteral("fc"), QStringLiteral("softmax"), 0 });
    QUndoStack& stack = *document.undoStack();

    QWidget window;
    auto* palette = new LayerPalette;
    auto* editor = new GraphEditorWidget(&document);
    auto* inspector = new NodeInspector;
    auto* problems = new ProblemsPanel;
    inspector->setGraphScene(editor->scene());
    inspector->setUndoStack(&stack);
    problems->setGraphScene(editor->scene());

    auto* centre = new QSplitter(Qt::Vertical);
    centre->addWidget(editor);
    centre->addWidget(problems);
    centre->setSizes({ 470, 110 });
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(palette);
    split->addWidget(centre);
    split->addWidget(inspector);
    split->setSizes({ 200, 860, 300 });
    auto* layout = new QHBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    window.resize(1360, 620);
    window.show();
    settle(window);
    editor->fitToView();
    editor->scene()->focusNode(QStringLiteral("fc"));
    editor->fitToView();
    settle(window);

    EXPECT_EQ(inspector->nodeId(), QStringLiteral("fc"));
    EXPECT_GE(problems->problemCount(), 1);
    const QImage image = window.grab().toImage();
    EXPECT_TRUE(image.save(screenshotDir() + QStringLiteral("/editor-error.png")));
}

TEST(Screenshots, ResidualBlockShowsMergePorts)
{
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    model.addNode(QStringLiteral("Input"), { 0, 0 }, { { QStringLiteral("shape"), QVariantList { 1, 28, 28 } } },
        QStringLiteral("input"));
    model.addNode(QStringLiteral("Conv2D"), { 240, 0 },
        { { QStringLiteral("filters"), 16 }, { QStringLiteral("padding"), 1 } }, QStringLiteral("conv"));
    model.addEdge({ QStringLiteral("input"), QStringLiteral("conv"), 0 });
    GraphEditorWidget editor(&document);
    document.compileNow();
    editor.scene()->selectNodes({ QStringLiteral("conv") });
    ASSERT_FALSE(editor.addBlockAtCenter(QStringLiteral("Residual block")).isEmpty());
    editor.autoLayout();
    editor.scene()->clearSelection();
    editor.resize(1400, 520);
    editor.show();
    settle(editor);
    editor.fitToView();
    settle(editor);
    EXPECT_TRUE(document.compileResult().ok()) << document.compileResult().summary().toStdString();
    EXPECT_TRUE(editor.grab().save(screenshotDir() + QStringLiteral("/editor-residual.png")));
}
