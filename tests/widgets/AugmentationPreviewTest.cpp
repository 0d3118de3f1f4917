// The dataset dock's augmentation box: the editors write dataset.augmentation into
// the document (and show the document's), and the grid shows one sample as stored
// and as training varies it, changing live as the settings change.
#include "panels/AugmentationPreview.h"

#include "data/IdxDataset.h"
#include "model/NetworkDocument.h"
#include "panels/AugmentationEditor.h"
#include "panels/DatasetDock.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

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

QString fashionOrDigitsSpec()
{
    const QString dir = QString::fromStdString(fashionMnistDirectory());
    return QFileInfo::exists(dir + QStringLiteral("/train-images-idx3-ubyte.gz"))
        ? QStringLiteral("fashion-mnist:train")
        : QStringLiteral("bundled:digits");
}

bool loadInto(NetworkDocument& document, DatasetDock& dock, const QString& spec)
{
    QSignalSpy loaded(&dock, &DatasetDock::datasetLoaded);
    QSignalSpy failed(&dock, &DatasetDock::loadFailed);
    DatasetReference ref = document.dataset();
    ref.spec = spec;
    document.setDataset(ref);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 60000) && failed.isEmpty();
}

QDoubleSpinBox* spin(DatasetDock& dock, const char* key)
{
    auto* s = dock.findChild<QDoubleSpinBox*>(QLatin1String(key));
    EXPECT_NE(s, nullptr) << key;
    return s;
}

} // namespace

TEST(AugmentationPreview, GridFollowsTheSettingsAndTheEditorWritesTheDocument)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    dock.resize(440, 1500);
    dock.show();
    ASSERT_TRUE(loadInto(document, dock, QStringLiteral("bundled:digits")));
    AugmentationPreview* preview = dock.augmentationPreview();

    // All off: every epoch sees the sample as stored.
    ASSERT_EQ(preview->tiles().size(), AugmentationPreview::kTiles);
    for (const QImage& tile : preview->tiles())
        EXPECT_EQ(tile, preview->tiles().front());

    // Mirror every image: the document gets the setting, every tile is the mirror image.
    spin(dock, "hflip")->setValue(1.0);
    EXPECT_EQ(document.dataset().augmentation.hflip, 1.0);
    EXPECT_TRUE(document.isModified());
    const QImage stored = preview->tiles().front();
    for (int i = 1; i < preview->tiles().size(); ++i)
        EXPECT_EQ(preview->tiles()[i], stored.mirrored(true, false)) << i;

    // Rotation on top: the epochs differ from each other.
    spin(dock, "rotate")->setValue(30.0);
    EXPECT_EQ(document.dataset().augmentation.rotate, 30.0);
    EXPECT_NE(preview->tiles()[1], preview->tiles()[2]);
    // "Other epochs" shows later epochs.
    const QImage epoch1 = preview->tiles()[1];
    dock.findChild<QPushButton*>(QStringLiteral("augmentationNext"))->click();
    EXPECT_EQ(preview->firstEpoch(), AugmentationPreview::kTiles - 1);
    EXPECT_NE(preview->tiles()[1], epoch1);

    // A click on another thumbnail shows that sample.
    auto* thumbnails = dock.findChild<QListWidget*>(QStringLiteral("thumbnails"));
    ASSERT_GT(thumbnails->count(), 5);
    const QImage before = preview->tiles().front();
    QListWidgetItem* item = thumbnails->item(5);
    QTest::mouseClick(thumbnails->viewport(), Qt::LeftButton, {}, thumbnails->visualItemRect(item).center());
    EXPECT_NE(preview->tiles().front(), before);

    // The document's settings reach the editors (a project loaded, an undo of the parts).
    DatasetReference ref = document.dataset();
    ref.augmentation = {};
    ref.augmentation.noise = 0.2;
    document.setDataset(ref);
    EXPECT_EQ(spin(dock, "hflip")->value(), 0.0);
    EXPECT_EQ(spin(dock, "noise")->value(), 0.2);
    // All off.
    dock.findChild<QPushButton*>(QStringLiteral("augmentationOff"))->click();
    EXPECT_FALSE(document.dataset().augmentation.isActive());
    for (const QImage& tile : preview->tiles())
        EXPECT_EQ(tile, preview->tiles().front());
}

TEST(AugmentationPreview, TablesGetANoteInsteadOfAGrid)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    dock.resize(440, 1200);
    dock.show();
    ASSERT_TRUE(loadInto(document, dock, QStringLiteral("bundled:iris")));
    EXPECT_TRUE(dock.augmentationPreview()->tiles().isEmpty());
}

TEST(Screenshots, DatasetDockAugmentation)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    dock.resize(440, 1700);
    dock.show();
    DatasetReference ref;
    ref.augmentation.hflip = 0.5;
    ref.augmentation.rotate = 15;
    ref.augmentation.shift = 0.1;
    ref.augmentation.cutout = 0.25;
    document.setDataset(ref);
    ASSERT_TRUE(loadInto(document, dock, fashionOrDigitsSpec()));
    QTest::qWait(100);
    auto* box = dock.findChild<QGroupBox*>(QStringLiteral("augmentationBox"));
    ASSERT_NE(box, nullptr);
    const QImage image = box->grab().toImage();
    EXPECT_GT(image.height(), 300);
    EXPECT_TRUE(image.save(screenshotDir() + QStringLiteral("/dataset-dock-augmentation.png")));
}
