// The Attention dock's views on traces made by hand: how many maps each mode
// shows, hover and click, rollout, the recurrent units x steps maps, and
// screenshots to look at.
#include "attention/AttentionDock.h"
#include "attention/AttentionPage.h"
#include "attention/MatrixHeatmap.h"
#include "attention/RecurrentPage.h"
#include "support/ScreenshotChecks.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

namespace nw {
namespace {

constexpr int kSteps = 6;

QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariableIntValue("NETWRIGHT_UPDATE_SCREENSHOTS")
        ? QStringLiteral(NETWRIGHT_SOURCE_DIR "/docs/screenshots")
        : QStringLiteral(NETWRIGHT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

// Head h of layer l: query i looks mostly at key (i + h + l) mod T, the rest
// spread evenly, so every row sums to 1 and each head has its own pattern.
Tensor attentionOf(int layer, int heads)
{
    Tensor w({ heads, kSteps, kSteps });
    for (int h = 0; h < heads; ++h)
        for (int i = 0; i < kSteps; ++i)
            for (int j = 0; j < kSteps; ++j) {
                const bool focus = j == (i + h + layer) % kSteps;
                w[(static_cast<std::size_t>(h) * kSteps + i) * kSteps + j] = focus ? 0.75f : 0.25f / (kSteps - 1);
            }
    return w;
}

std::shared_ptr<SequenceTrace> transformerTrace(int layers, int heads)
{
    auto trace = std::make_shared<SequenceTrace>();
    for (int l = 0; l < layers; ++l) {
        trace->attentionNodes.push_back("attn" + std::to_string(l + 1));
        trace->attention.push_back(attentionOf(l, heads));
    }
    return trace;
}

// A bidirectional LSTM with 3 units over kSteps steps: h = sin of step and unit.
std::shared_ptr<SequenceTrace> lstmTrace(int directions)
{
    auto trace = std::make_shared<SequenceTrace>();
    RecurrentTrace r;
    r.node = "lstm1";
    r.type = "LSTM";
    r.units = 3;
    r.directions = directions;
    r.gateNames = { "i", "f", "g", "o" };
    const int width = r.units * directions;
    r.hidden = Tensor({ kSteps, width });
    for (int t = 0; t < kSteps; ++t)
        for (int u = 0; u < width; ++u)
            r.hidden[static_cast<std::size_t>(t) * width + u] = std::sin(0.7f * t + u);
    const int gates = 4 * width;
    r.gates = Tensor({ kSteps, gates });
    for (int t = 0; t < kSteps; ++t)
        for (int c = 0; c < gates; ++c)
            r.gates[static_cast<std::size_t>(t) * gates + c] = float(c) / float(gates) + 0.01f * t;
    trace->recurrent.push_back(r);
    return trace;
}

QStringList tokens()
{
    return { QStringLiteral("t"), QStringLiteral("h"), QStringLiteral("e"), QStringLiteral("␣"), QStringLiteral("c"),
        QStringLiteral("at") };
}

TEST(AttentionPage, ShowsOneMapPerHeadOrPerHeadOfEveryLayer)
{
    AttentionDock dock;
    dock.resize(900, 700);
    dock.show();
    AttentionPage* page = dock.attention();
    dock.setTrace(transformerTrace(2, 3), tokens(), QStringLiteral("a sample"));
    ASSERT_EQ(page->heatmaps().size(), 3); // the first layer's three heads
    EXPECT_EQ(page->node(), QStringLiteral("attn1"));
    EXPECT_EQ(page->heatmaps()[1]->rows(), kSteps);
    EXPECT_EQ(page->heatmaps()[1]->columns(), kSteps);
    // Head 2 of layer 1: query 0 looks at key 1.
    EXPECT_FLOAT_EQ(page->heatmaps()[1]->value(0, 1), 0.75f);

    page->setNode(QStringLiteral("attn2"));
    ASSERT_EQ(page->heatmaps().size(), 3);
    EXPECT_FLOAT_EQ(page->heatmaps()[1]->value(0, 2), 0.75f); // layer 2 shifts by one more

    page->setMode(AttentionPage::Mode::AllLayers);
    EXPECT_EQ(page->heatmaps().size(), 6);
    EXPECT_EQ(page->heatmaps()[4]->title(), QStringLiteral("attn2 · head 2"));

    // A live trace with the same arrangement keeps the maps and changes their data.
    const QList<MatrixHeatmap*> before = page->heatmaps();
    auto next = transformerTrace(2, 3);
    next->attention[0][0] = 0.5f;
    dock.setTrace(next, tokens(), QStringLiteral("a sample, later"));
    EXPECT_EQ(page->heatmaps(), before);
    EXPECT_FLOAT_EQ(page->heatmaps()[0]->value(0, 0), 0.5f);
}

TEST(AttentionPage, HoverGivesTheWeightOfTheCellUnderTheMouse)
{
    AttentionDock dock;
    dock.resize(900, 700);
    dock.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dock));
    dock.setTrace(transformerTrace(1, 2), tokens(), QStringLiteral("a sample"));
    MatrixHeatmap* map = dock.attention()->heatmaps()[1];
    QSignalSpy hovered(map, &MatrixHeatmap::hovered);
    QTest::mouseMove(map, map->cellCentre(2, 3)); // head 2: query 2 looks at key 3
    ASSERT_EQ(hovered.count(), 1);
    EXPECT_EQ(hovered[0][0].toInt(), 2);
    EXPECT_EQ(hovered[0][1].toInt(), 3);
    EXPECT_FLOAT_EQ(hovered[0][2].toFloat(), 0.75f);
    EXPECT_TRUE(dock.attention()->hoverText().contains(QStringLiteral("0.7500"))) << dock.attention()->hoverText().toStdString();
    EXPECT_TRUE(dock.attention()->hoverText().contains(QStringLiteral("“e”"))); // the query's token
    EXPECT_TRUE(dock.attention()->hoverText().contains(QStringLiteral("“␣”"))); // the key's token

    QTest::mouseMove(map, map->cellCentre(4, 0));
    ASSERT_EQ(hovered.count(), 2);
    EXPECT_FLOAT_EQ(hovered[1][2].toFloat(), 0.05f);
}

TEST(AttentionPage, ClickingATokenHighlightsItsRowInEveryMap)
{
    AttentionDock dock;
    dock.resize(900, 700);
    dock.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dock));
    AttentionPage* page = dock.attention();
    dock.setTrace(transformerTrace(2, 2), tokens(), QStringLiteral("a sample"));
    MatrixHeatmap* map = page->heatmaps()[0];
    const QPoint label = map->rowLabelCentre(4);
    ASSERT_FALSE(label.isNull()) << "the token labels are on show";
    QSignalSpy highlighted(page, &AttentionPage::tokenHighlighted);
    QTest::mouseClick(map, Qt::LeftButton, {}, label);
    ASSERT_EQ(highlighted.count(), 1);
    EXPECT_EQ(page->highlightedToken(), 4);
    for (MatrixHeatmap* m : page->heatmaps())
        EXPECT_EQ(m->highlightedRow(), 4);
    // It stays through a new trace and a change of mode; clicking it again clears it.
    page->setMode(AttentionPage::Mode::AllLayers);
    for (MatrixHeatmap* m : page->heatmaps())
        EXPECT_EQ(m->highlightedRow(), 4);
    map = page->heatmaps()[0];
    QTest::mouseClick(map, Qt::LeftButton, {}, map->rowLabelCentre(4));
    EXPECT_EQ(page->highlightedToken(), -1);
    EXPECT_EQ(page->heatmaps()[3]->highlightedRow(), -1);
}

TEST(AttentionPage, RolloutRowsSumToOne)
{
    AttentionDock dock;
    dock.resize(700, 700);
    dock.show();
    AttentionPage* page = dock.attention();
    dock.setTrace(transformerTrace(3, 2), tokens(), QStringLiteral("a sample"));
    page->setMode(AttentionPage::Mode::Rollout);
    ASSERT_EQ(page->heatmaps().size(), 1);
    const Tensor& rollout = page->rollout();
    ASSERT_EQ(rollout.shape(), (Shape { kSteps, kSteps }));
    for (int i = 0; i < kSteps; ++i) {
        double sum = 0.0;
        for (int j = 0; j < kSteps; ++j) {
            EXPECT_GE(rollout[static_cast<std::size_t>(i) * kSteps + j], 0.0f);
            sum += rollout[static_cast<std::size_t>(i) * kSteps + j];
        }
        EXPECT_NEAR(sum, 1.0, 1e-5) << "row " << i;
    }
    EXPECT_FLOAT_EQ(page->heatmaps()[0]->value(2, 3), rollout[2 * kSteps + 3]);
    EXPECT_EQ(page->heatmaps()[0]->title(), QStringLiteral("Rollout over 3 layers"));
}

TEST(AttentionPage, SaysSoWhenTheNetworkHasNoAttention)
{
    AttentionDock dock;
    dock.show();
    dock.setTrace(lstmTrace(1), tokens(), QStringLiteral("a sample"));
    EXPECT_TRUE(dock.attention()->heatmaps().isEmpty() || dock.attention()->heatmaps()[0]->isHidden());
    EXPECT_FALSE(dock.attention()->message().isEmpty());
    EXPECT_EQ(dock.currentIndex(), AttentionDock::RecurrentTab); // the tab that has something comes forward
}

TEST(RecurrentPage, ShowsUnitsBySteps)
{
    AttentionDock dock;
    dock.resize(800, 900);
    dock.show();
    dock.setTrace(lstmTrace(2), tokens(), QStringLiteral("a sample"));
    RecurrentPage* page = dock.recurrent();
    ASSERT_EQ(page->heatmaps().size(), 5); // the hidden state and the four gates
    MatrixHeatmap* hidden = page->heatmaps()[0];
    EXPECT_EQ(hidden->rows(), 6); // 3 units x 2 directions
    EXPECT_EQ(hidden->columns(), kSteps);
    // Unit 5 (the backward direction's second) at step 3 is h[3, 4].
    EXPECT_FLOAT_EQ(hidden->value(4, 3), std::sin(0.7f * 3 + 4));
    // Gate f of the backward direction, unit 1 at step 2: column (1 * 4 + 1) * 3 + 0 of [T, 24].
    MatrixHeatmap* forget = page->heatmaps()[2];
    EXPECT_EQ(forget->title(), QStringLiteral("Forget gate f"));
    EXPECT_EQ(forget->rows(), 6);
    EXPECT_FLOAT_EQ(forget->value(3, 2), 15.0f / 24.0f + 0.02f);
    QSignalSpy hovered(hidden, &MatrixHeatmap::hovered);
    QTest::mouseMove(hidden, hidden->cellCentre(1, 5));
    ASSERT_EQ(hovered.count(), 1);
    EXPECT_FLOAT_EQ(hovered[0][2].toFloat(), std::sin(0.7f * 5 + 1));
}

TEST(AttentionDockScreenshot, HeadsAllLayersRolloutAndRecurrentStates)
{
    AttentionDock dock;
    dock.resize(760, 640);
    dock.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dock));
    auto trace = transformerTrace(2, 4);
    trace->recurrent = lstmTrace(2)->recurrent;
    dock.setTrace(trace, tokens(), QStringLiteral("Sample 3 of the test split"));
    AttentionPage* page = dock.attention();
    page->highlightToken(2);
    const auto save = [&](const QString& name) {
        QApplication::processEvents();
        const QImage shot = dock.grab().toImage();
        EXPECT_GT(test::distinctColours(shot), 20) << name.toStdString();
        EXPECT_TRUE(shot.save(screenshotPath(name)));
    };
    save(QStringLiteral("attention-heads.png"));
    page->setMode(AttentionPage::Mode::AllLayers);
    save(QStringLiteral("attention-all-layers.png"));
    page->setMode(AttentionPage::Mode::Rollout);
    save(QStringLiteral("attention-rollout.png"));
    dock.setCurrentIndex(AttentionDock::RecurrentTab);
    save(QStringLiteral("attention-recurrent.png"));
}

} // namespace
} // namespace nw
