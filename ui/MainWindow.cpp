#include "MainWindow.h"

namespace Lexecon::Ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}

} // namespace Lexecon::Ui
