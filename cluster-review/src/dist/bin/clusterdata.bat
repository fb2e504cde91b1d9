@echo off
rem Runs the clusterdata command line: put this directory on the PATH.
rem Java 17 or later: JAVA_HOME if set, else java on the PATH. JAVA_OPTS is passed to the JVM.
rem "clusterdata serve ..." starts the review page, which is a jar of its own.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if /i "%~1"=="serve" if not "%~2"=="--help" if not "%~2"=="-h" goto serve
"%JAVA%" %JAVA_OPTS% -jar "%~dp0..\lib\clusterdata.jar" %*
goto :eof
:serve
rem Everything after "serve", as given (a shift would split --server.port=8090 at its "=").
set "ARGS=%*"
set "ARGS=%ARGS:*serve=%"
"%JAVA%" %JAVA_OPTS% -jar "%~dp0..\lib\clusterdata-review.jar" %ARGS%
