#include "ShownWindow.h"

#include "TrainingController.h"
#include "model/NetworkDocument.h"

#include <QMessageBox>

namespace nw::test {

ShownWindow::ShownWindow()
{
    isolateAutosave(window, autosave.path());
    window.resize(1500, 920);
    window.show();
}

ShownWindow::~ShownWindow()
{
    window.training()->stop();
    if (window.document()->isModified())
        answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    window.close();
}

} // namespace nw::test
